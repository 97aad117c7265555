package io.modelplane.ui;

import io.modelplane.modelcard.service.ModelCard;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** The model card page: the card's sections inside the admin UI's layout. */
@CheckedTemplate(basePath = "ModelCardPages")
final class ModelCardPages {

  private ModelCardPages() {}

  static native TemplateInstance card(Shell shell, ModelCard card);
}
