package io.modelplane.monitoring.table;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Collects problems, adding up counts of the same code on the same column. */
public final class ProblemLog {

  private record Key(String column, ProblemCode code) {}

  private final Map<Key, Problem> problems = new LinkedHashMap<>();

  public void add(String column, ProblemCode code, long count, String message) {
    if (count <= 0) {
      return;
    }
    problems.merge(
        new Key(column, code),
        new Problem(column, code, count, message),
        (a, b) -> new Problem(a.column(), a.code(), a.count() + b.count(), a.message()));
  }

  public void addAll(Collection<Problem> more) {
    more.forEach(p -> add(p.column(), p.code(), p.count(), p.message()));
  }

  public boolean has(String column, ProblemCode code) {
    return problems.containsKey(new Key(column, code));
  }

  public List<Problem> toList() {
    return new ArrayList<>(problems.values());
  }

  /** Problems of {@code all} that concern {@code column}. */
  public static List<Problem> of(List<Problem> all, String column) {
    return all.stream().filter(p -> Objects.equals(p.column(), column)).toList();
  }
}
