package io.modelplane.monitoring.table;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Streams JSON lines (one object per line) into a {@link Table} with Jackson's token parser: no
 * tree or map per row. Numbers are numeric, strings and booleans categorical (or text), arrays of
 * numbers embeddings; a line that does not parse as an object is skipped and counted.
 */
final class JsonLinesTableReader {

  private static final JsonFactory JSON =
      JsonFactory.builder().enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS).build();

  private JsonLinesTableReader() {}

  static Table read(InputStream in, TableOptions options) {
    TableBuilder table = new TableBuilder(options);
    RowStage stage = new RowStage();
    long malformed = 0;
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16)) {
      String line;
      while ((line = reader.readLine()) != null) {
        if (line.isBlank()) {
          continue;
        }
        table.rows(1);
        stage.clear();
        if (parse(line, stage)) {
          stage.commit(table);
        } else {
          malformed++;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    table
        .problems()
        .add(
            null,
            ProblemCode.MALFORMED_ROW,
            malformed,
            malformed + " lines that are not a JSON object were skipped");
    return table.build();
  }

  private static boolean parse(String line, RowStage stage) {
    try (JsonParser p = JSON.createParser(line)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        return false;
      }
      JsonToken t;
      while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        value(p, p.nextToken(), name, stage);
      }
      return t == JsonToken.END_OBJECT && p.nextToken() == null;
    } catch (IOException e) {
      return false;
    }
  }

  private static void value(JsonParser p, JsonToken t, String name, RowStage stage)
      throws IOException {
    switch (t) {
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> stage.number(name, p.getDoubleValue());
      case VALUE_STRING -> {
        String s = p.getText();
        if (NumberSyntax.isNonFiniteLiteral(s)) {
          stage.number(name, Double.NaN);
        } else {
          stage.string(name, s);
        }
      }
      case VALUE_TRUE -> stage.string(name, "true");
      case VALUE_FALSE -> stage.string(name, "false");
      case VALUE_NULL -> stage.missing(name);
      case START_ARRAY -> vector(p, name, stage);
      default -> {
        p.skipChildren();
        stage.unsupported(name);
      }
    }
  }

  private static void vector(JsonParser p, String name, RowStage stage) throws IOException {
    double[] v = stage.vector(name, 64);
    int n = 0;
    boolean numeric = true;
    JsonToken t;
    while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
      if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
        if (n == v.length) {
          v = stage.grow(v);
        }
        v[n++] = p.getDoubleValue();
      } else {
        numeric = false;
        p.skipChildren();
      }
    }
    if (numeric) {
      stage.vectorLength(n);
    } else {
      stage.clearLast();
      stage.unsupported(name);
    }
  }
}
