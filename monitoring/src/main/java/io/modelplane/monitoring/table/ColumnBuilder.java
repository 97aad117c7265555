package io.modelplane.monitoring.table;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Accumulates one column's values of every type as they stream past, so the column can be typed by
 * its majority at the end and the minority counted as a problem instead of failing the read.
 */
final class ColumnBuilder {

  static final String OTHER = "__other__";

  /** Longer strings are never remembered by value: they are text, and would only fill memory. */
  private static final int MAX_REMEMBERED_LENGTH = 256;

  private final String name;
  private final ColumnKind forced;
  private final TableOptions options;

  private final DoubleList numbers = new DoubleList();
  private long nonFinite;

  private final IntList codes = new IntList();
  private final IntList lengths = new IntList();
  private final Map<String, Integer> dictionary = new HashMap<>();
  private final List<String> labels = new ArrayList<>();
  private long sumLength;
  private HyperLogLog distinct;

  private final FloatList vectors = new FloatList();
  private int dimension = -1;
  private long embeddings;
  private long ragged;

  private long unsupported;

  ColumnBuilder(String name, TableOptions options) {
    this.name = name;
    this.options = options;
    this.forced = options.kinds().get(name);
  }

  String name() {
    return name;
  }

  void addNumber(double v) {
    if (Double.isFinite(v)) {
      numbers.add(v);
    } else {
      nonFinite++;
    }
  }

  void addString(String s) {
    if (distinct == null) {
      distinct = new HyperLogLog();
    }
    distinct.update(s);
    sumLength += s.length();
    lengths.add(s.length());
    Integer code = dictionary.get(s);
    if (code == null
        && dictionary.size() < options.maxDistinct()
        && s.length() <= MAX_REMEMBERED_LENGTH) {
      code = labels.size();
      dictionary.put(s, code);
      labels.add(s);
    }
    codes.add(code == null ? -1 : code);
  }

  /** A text cell (CSV): a number, a non-finite literal, a {@code [..]} vector, or a string. */
  void addCell(String raw) {
    String t = raw.strip();
    if (t.isEmpty()) {
      return;
    }
    if (NumberSyntax.isDecimal(t)) {
      numbers.add(Double.parseDouble(t));
    } else if (NumberSyntax.isNonFiniteLiteral(t)) {
      nonFinite++;
    } else if (t.length() > 1 && t.charAt(0) == '[' && t.charAt(t.length() - 1) == ']') {
      addVectorCell(t.substring(1, t.length() - 1));
    } else {
      addString(raw);
    }
  }

  void addEmbedding(double[] v, int length) {
    if (dimension < 0) {
      dimension = length;
    }
    if (length != dimension || length == 0) {
      ragged++;
      return;
    }
    for (int i = 0; i < length; i++) {
      if (!Double.isFinite(v[i])) {
        nonFinite++;
        return;
      }
    }
    for (int i = 0; i < length; i++) {
      vectors.add((float) v[i]);
    }
    embeddings++;
  }

  void addUnsupported() {
    unsupported++;
  }

  private void addVectorCell(String body) {
    String[] parts = body.split(",", -1);
    double[] v = new double[parts.length];
    for (int i = 0; i < parts.length; i++) {
      String p = parts[i].strip();
      if (NumberSyntax.isDecimal(p)) {
        v[i] = Double.parseDouble(p);
      } else if (NumberSyntax.isNonFiniteLiteral(p)) {
        v[i] = Double.NaN;
      } else {
        unsupported++;
        return;
      }
    }
    addEmbedding(v, body.isBlank() ? 0 : v.length);
  }

  /** The typed column, or {@code null} when it has no usable value (reported as a problem). */
  Column build(ProblemLog problems) {
    long numeric = numbers.size() + nonFinite;
    long strings = codes.size();
    long vectorsSeen = embeddings + ragged;
    ColumnKind kind = forced != null ? forced : majority(numeric, strings, vectorsSeen);
    Column column =
        switch (kind) {
          case NUMERIC -> numeric(problems, strings + vectorsSeen);
          case TEXT -> text(problems, numeric + vectorsSeen);
          case CATEGORICAL -> categorical(problems, vectorsSeen, forced == ColumnKind.CATEGORICAL);
          case EMBEDDING -> embedding(problems, numeric + strings);
        };
    problems.add(
        name,
        ProblemCode.UNSUPPORTED_VALUE,
        unsupported,
        unsupported
            + " values of an unsupported shape (nested object, non-numeric array) excluded");
    if (column == null || column.size() == 0) {
      problems.add(
          name,
          ProblemCode.EMPTY_COLUMN,
          1,
          "column has no usable " + kind.id() + " value; skipped");
      return null;
    }
    return column;
  }

  private ColumnKind majority(long numeric, long strings, long vectorsSeen) {
    if (numeric >= strings && numeric >= vectorsSeen) {
      return ColumnKind.NUMERIC;
    }
    if (vectorsSeen >= strings) {
      return ColumnKind.EMBEDDING;
    }
    return sumLength >= (long) options.textMinMeanLength() * strings
        ? ColumnKind.TEXT
        : ColumnKind.CATEGORICAL;
  }

  private Column numeric(ProblemLog problems, long others) {
    problems.add(
        name,
        ProblemCode.NON_FINITE,
        nonFinite,
        nonFinite + " NaN or infinite values were excluded");
    mixed(problems, others, "numeric");
    return new NumericColumn(name, numbers.toArray());
  }

  private Column text(ProblemLog problems, long others) {
    mixed(problems, others + nonFinite, "text");
    double[] l = new double[lengths.size()];
    for (int i = 0; i < l.length; i++) {
      l[i] = lengths.get(i);
    }
    return new TextColumn(name, l);
  }

  private Column embedding(ProblemLog problems, long others) {
    problems.add(
        name,
        ProblemCode.RAGGED_EMBEDDING,
        ragged,
        ragged + " vectors whose dimension is not " + dimension + " were excluded");
    problems.add(
        name,
        ProblemCode.NON_FINITE,
        nonFinite,
        nonFinite + " vectors holding NaN or infinite values were excluded");
    mixed(problems, others, "embedding");
    return new EmbeddingColumn(name, Math.max(dimension, 0), vectors.toArray());
  }

  private Column categorical(ProblemLog problems, long vectorsSeen, boolean numbersAreLabels) {
    long excluded = vectorsSeen + nonFinite;
    if (numbersAreLabels) {
      for (int i = 0; i < numbers.size(); i++) {
        addString(NumberSyntax.label(numbers.get(i)));
      }
    } else {
      excluded += numbers.size();
    }
    mixed(problems, excluded, "categorical");
    long[] counts = new long[labels.size()];
    long other = 0;
    for (int i = 0; i < codes.size(); i++) {
      int code = codes.get(i);
      if (code < 0) {
        other++;
      } else {
        counts[code]++;
      }
    }
    List<String> names = List.copyOf(labels);
    double estimate = other == 0 ? names.size() : Math.max(names.size(), distinct.estimate());
    if (other > 0) {
      problems.add(
          name,
          ProblemCode.HIGH_CARDINALITY,
          other,
          String.format(
              "about %.0f distinct values; the first %d are tracked, %d later values counted as %s",
              estimate, labels.size(), other, OTHER));
    }
    return new CategoricalColumn(
        name, names, counts, other, estimate, distinct == null ? new HyperLogLog() : distinct);
  }

  private void mixed(ProblemLog problems, long count, String kind) {
    problems.add(
        name,
        ProblemCode.MIXED_TYPES,
        count,
        count + " values that are not " + kind + " were excluded (column typed " + kind + ")");
  }
}
