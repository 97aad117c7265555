package io.modelplane.report.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.modelplane.report.persistence.ReportJobRepository.Content;
import io.modelplane.web.Pdf;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Renders a report in one of its formats, with the digest of the bytes handed out. */
@ApplicationScoped
public class ReportRenderer {

  @Inject ObjectMapper json;

  public Content render(AuditReport report, ReportFormat format) {
    byte[] bytes =
        switch (format) {
          case JSON -> json(report);
          case CSV -> CsvReport.write(report, json);
          case PDF -> Pdf.render(ReportDocuments.audit(report).render());
        };
    return new Content(format.mediaType(), bytes, sha256(bytes));
  }

  private byte[] json(AuditReport report) {
    try {
      return json.writer()
          .with(SerializationFeature.INDENT_OUTPUT)
          .without(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .writeValueAsBytes(report);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the report as JSON", e);
    }
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
