package io.modelplane.monitoring.table;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayInputStream;
import java.util.Optional;

/** Helpers for reading tables from strings and finding their problems. */
final class TableAssertions {

  private TableAssertions() {}

  static Table csv(String text) {
    return Tables.csv(new ByteArrayInputStream(text.getBytes(UTF_8)), TableOptions.defaults());
  }

  static Table jsonl(String text) {
    return Tables.jsonLines(
        new ByteArrayInputStream(text.getBytes(UTF_8)), TableOptions.defaults());
  }

  static Optional<Problem> problem(Table t, String column, ProblemCode code) {
    return t.problems().stream()
        .filter(p -> java.util.Objects.equals(p.column(), column) && p.code() == code)
        .findFirst();
  }

  static long count(Table t, String column, ProblemCode code) {
    return problem(t, column, code).map(Problem::count).orElse(0L);
  }
}
