package io.modelplane.monitoring.drift;

import io.modelplane.monitoring.profile.EmbeddingProfile;

/** Compares embedding columns with MMD on their (projected) reservoir samples. */
final class EmbeddingComparison {

  private EmbeddingComparison() {}

  static ColumnDrift compare(
      EmbeddingProfile b, EmbeddingProfile w, ColumnOptions o, DriftOptions options) {
    double threshold = o.threshold() != null ? o.threshold() : Statistic.MMD.defaultThreshold();
    Mmd.Result r = Mmd.test(b.sample(), w.sample(), options.permutations(), options.seed());
    // a projected sample is a sketch of the vectors even when it holds every row
    boolean exact = b.complete() && w.complete() && !b.projected();
    String method = exact ? ColumnDrift.EXACT : ColumnDrift.SKETCH;
    return new Outcome(r.mmd2(), r.pValue(), method)
        .drift(
            b.name(),
            b.kind().id(),
            Statistic.MMD,
            threshold,
            Histogram.none(),
            Histogram.none(),
            b.count(),
            w.count());
  }
}
