package io.modelplane.registry.baseline;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.modelplane.kernel.error.UnprocessableException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/** Streams the rows of a baseline (CSV with a header row, or JSON lines) as column → text maps. */
public final class BaselineReader {

  private static final CsvMapper CSV = new CsvMapper();
  private static final ObjectMapper JSON = new ObjectMapper();

  private BaselineReader() {}

  public static void read(String format, InputStream in, Consumer<Map<String, String>> rows)
      throws IOException {
    try {
      switch (format) {
        case "csv" -> readCsv(in, rows);
        case "jsonl" -> readJsonLines(in, rows);
        default -> throw new UnprocessableException("format", "must be csv or jsonl");
      }
    } catch (JsonProcessingException e) {
      long line = e.getLocation() == null ? -1 : e.getLocation().getLineNr();
      throw new UnprocessableException(
          "baseline", "is not valid " + format + (line > 0 ? " near line " + line : ""));
    } catch (RuntimeException e) {
      if (e.getCause() instanceof JsonProcessingException) {
        throw new UnprocessableException("baseline", "is not valid " + format);
      }
      throw e;
    }
  }

  /**
   * Blank lines are skipped: editors and {@code echo >>} leave them at the end of files, and read
   * as rows they would count as rows of empty values. An empty upload has no rows (the caller
   * refuses that with its own message) rather than a missing header.
   */
  private static void readCsv(InputStream in, Consumer<Map<String, String>> rows)
      throws IOException {
    PushbackInputStream data = new PushbackInputStream(in, 1);
    int first = data.read();
    if (first == -1) {
      return;
    }
    data.unread(first);
    CsvSchema schema = CsvSchema.emptySchema().withHeader();
    try (MappingIterator<Map<String, String>> it =
        CSV.readerForMapOf(String.class)
            .with(schema)
            .with(CsvParser.Feature.SKIP_EMPTY_LINES)
            .readValues(data)) {
      while (it.hasNextValue()) {
        rows.accept(it.nextValue());
      }
    }
  }

  private static void readJsonLines(InputStream in, Consumer<Map<String, String>> rows)
      throws IOException {
    try (MappingIterator<JsonNode> it = JSON.readerFor(JsonNode.class).readValues(in)) {
      while (it.hasNextValue()) {
        JsonNode node = it.nextValue();
        if (!node.isObject()) {
          throw new UnprocessableException("baseline", "every JSON line must be an object");
        }
        Map<String, String> row = new LinkedHashMap<>();
        node.properties()
            .forEach(
                e -> row.put(e.getKey(), e.getValue().isNull() ? null : e.getValue().asText()));
        rows.accept(row);
      }
    }
  }
}
