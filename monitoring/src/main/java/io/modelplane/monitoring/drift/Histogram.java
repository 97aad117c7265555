package io.modelplane.monitoring.drift;

import java.util.List;

/**
 * Fractions per bin for a chart of baseline vs window. Numeric: {@code edges} has one more entry
 * than {@code fractions} (the outer two are the baseline's min and max; the first and last bins
 * also hold whatever lies beyond them), {@code labels} are empty. Categorical: one label per
 * fraction, {@code edges} empty. Embeddings have no histogram (both lists empty).
 */
public record Histogram(List<String> labels, List<Double> edges, List<Double> fractions) {

  public Histogram {
    labels = List.copyOf(labels);
    edges = List.copyOf(edges);
    fractions = List.copyOf(fractions);
  }

  public static Histogram none() {
    return new Histogram(List.of(), List.of(), List.of());
  }
}
