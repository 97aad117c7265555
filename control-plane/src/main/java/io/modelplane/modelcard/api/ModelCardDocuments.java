package io.modelplane.modelcard.api;

import io.modelplane.modelcard.service.ModelCard;
import io.modelplane.web.Pdf;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * A model card as one XHTML document (well-formed XML, so the same text is the HTML download and
 * the PDF's source) and as PDF. The UI page includes the same sections inside its layout.
 */
public final class ModelCardDocuments {

  @CheckedTemplate(basePath = "ModelCard")
  static final class Templates {
    private Templates() {}

    static native TemplateInstance card(ModelCard card);
  }

  private ModelCardDocuments() {}

  public static String xhtml(ModelCard card) {
    return Templates.card(card).render();
  }

  public static byte[] pdf(ModelCard card) {
    return Pdf.render(xhtml(card));
  }

  /** {@code model-v3-card.pdf}: what a download is saved as. */
  public static String fileName(ModelCard card, String extension) {
    return "%s-v%d-card.%s".formatted(card.model().name(), card.version().version(), extension);
  }
}
