package io.modelplane.ui;

import io.modelplane.registry.api.AliasView;
import io.modelplane.registry.api.ModelView;
import io.modelplane.registry.api.PromotionView;
import io.modelplane.registry.api.TransitionView;
import io.modelplane.registry.api.VersionView;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import java.util.List;

/** The registry's pages: models list, model page, version page. */
@CheckedTemplate(basePath = "RegistryPages")
final class RegistryPages {

  private RegistryPages() {}

  static native TemplateInstance models(Shell shell, List<ModelView> models, String prefix);

  static native TemplateInstance model(
      Shell shell,
      ModelView model,
      List<VersionView> versions,
      List<AliasView> aliases,
      List<PendingRequest> pending,
      boolean canWrite,
      boolean isAdmin);

  static native TemplateInstance version(
      Shell shell, ModelView model, VersionView version, List<TransitionView> transitions);

  /** A pending promotion with whether the signed-in admin may decide it (four-eyes). */
  record PendingRequest(int version, PromotionView request, boolean canDecide) {}
}
