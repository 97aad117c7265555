package io.modelplane.report.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rows of a report's CSV: one per record, every row with the same columns ({@link #COLUMNS});
 * {@code section} and {@code record} say what a row is, fields a column has no room for go into
 * {@code detail} as a JSON object.
 */
final class CsvRows {

  static final List<String> COLUMNS =
      List.of(
          "section",
          "record",
          "time",
          "until",
          "actor",
          "model",
          "version",
          "deployment",
          "revision",
          "action",
          "outcome",
          "count",
          "reason",
          "detail");

  private final List<Map<String, Object>> rows = new ArrayList<>();

  /** A row being filled; unset columns stay empty. */
  final class Row {
    private final Map<String, Object> cells = new LinkedHashMap<>();
    private final Map<String, Object> detail = new LinkedHashMap<>();

    private Row(String section, String record) {
      cells.put("section", section);
      cells.put("record", record);
      rows.add(cells);
    }

    Row time(Instant t) {
      return set("time", t);
    }

    Row until(Instant t) {
      return set("until", t);
    }

    Row actor(String a) {
      return set("actor", a);
    }

    Row model(String m, Integer version) {
      set("model", m);
      return set("version", version);
    }

    Row deployment(String d, Integer revision) {
      set("deployment", d);
      return set("revision", revision);
    }

    Row action(String a) {
      return set("action", a);
    }

    Row outcome(Object o) {
      return set("outcome", o);
    }

    Row count(Number n) {
      return set("count", n);
    }

    Row reason(String r) {
      return set("reason", r);
    }

    Row detail(String key, Object value) {
      if (value != null) {
        detail.put(key, value);
        cells.put("detail", detail);
      }
      return this;
    }

    private Row set(String column, Object value) {
      if (value != null) {
        cells.put(column, value);
      }
      return this;
    }
  }

  Row add(String section, String record) {
    return new Row(section, record);
  }

  List<Map<String, Object>> rows() {
    return rows;
  }
}
