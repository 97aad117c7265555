package io.modelplane.report.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes a report's rows as RFC 4180 CSV (Jackson's CSV writer quotes every field that needs it,
 * CRLF line ends, a header row). A {@code detail} cell holds compact JSON.
 */
final class CsvReport {

  private CsvReport() {}

  static byte[] write(AuditReport report, ObjectMapper json) {
    CsvRows rows = CsvSections.of(report);
    CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true).setLineSeparator("\r\n");
    CsvRows.COLUMNS.forEach(schema::addColumn);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (Writer writer = new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8);
        var sequence = new CsvMapper().writer(schema.build()).writeValues(writer)) {
      for (Map<String, Object> row : rows.rows()) {
        sequence.write(cells(row, json));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static Map<String, String> cells(Map<String, Object> row, ObjectMapper json)
      throws JsonProcessingException {
    Map<String, String> cells = new LinkedHashMap<>();
    for (var e : row.entrySet()) {
      Object v = e.getValue();
      cells.put(e.getKey(), v instanceof Map<?, ?> m ? json.writeValueAsString(m) : v.toString());
    }
    return cells;
  }
}
