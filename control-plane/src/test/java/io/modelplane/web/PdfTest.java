package io.modelplane.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class PdfTest {

  @Test
  void shouldRenderXhtmlThatReadsBackAsTheSameText() throws IOException {
    // Given
    String xhtml =
        """
        <html><head><title>t</title></head><body>
        <h1>Audit report for acme</h1><table><tr><td>root hash</td><td>9f86d081884c7d65</td></tr></table>
        </body></html>""";

    // When
    byte[] pdf = Pdf.render(xhtml);

    // Then
    assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      String text = new PDFTextStripper().getText(doc);
      assertThat(text).contains("Audit report for acme").contains("9f86d081884c7d65");
    }
  }
}
