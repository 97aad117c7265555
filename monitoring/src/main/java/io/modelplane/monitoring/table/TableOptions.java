package io.modelplane.monitoring.table;

import java.util.Map;

/**
 * How a table is read.
 *
 * @param kinds column kinds that replace inference (for windows: the baseline's kinds)
 * @param maxDistinct distinct strings remembered per column while reading; later new values are
 *     counted as {@code __other__} so a million distinct ids cost bounded memory
 * @param textMinMeanLength a string column whose mean length reaches this is text, not categorical
 */
public record TableOptions(Map<String, ColumnKind> kinds, int maxDistinct, int textMinMeanLength) {

  public static final int DEFAULT_MAX_DISTINCT = 50_000;
  public static final int DEFAULT_TEXT_MIN_MEAN_LENGTH = 50;

  public TableOptions {
    kinds = Map.copyOf(kinds);
    if (maxDistinct < 1 || textMinMeanLength < 1) {
      throw new IllegalArgumentException("maxDistinct and textMinMeanLength must be positive");
    }
  }

  public static TableOptions defaults() {
    return new TableOptions(Map.of(), DEFAULT_MAX_DISTINCT, DEFAULT_TEXT_MIN_MEAN_LENGTH);
  }

  public TableOptions withKinds(Map<String, ColumnKind> newKinds) {
    return new TableOptions(newKinds, maxDistinct, textMinMeanLength);
  }
}
