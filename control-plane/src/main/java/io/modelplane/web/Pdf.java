package io.modelplane.web;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Renders an XHTML document (a Qute template's output) to PDF with openhtmltopdf. The document must
 * be well-formed XML: reports and model cards are written for it, the UI pages are not.
 */
public final class Pdf {

  private Pdf() {}

  public static byte[] render(String xhtml) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      new PdfRendererBuilder().useFastMode().withHtmlContent(xhtml, null).toStream(out).run();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
