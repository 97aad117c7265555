package io.modelplane.monitoring.drift;

import io.modelplane.monitoring.profile.Cdf;
import io.modelplane.monitoring.profile.KsGrid;
import io.modelplane.monitoring.profile.NumericProfile;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Compares a numeric (or text-length) column: by default Evidently's choice for its size. */
final class NumericComparison {

  static final Set<Statistic> ALLOWED =
      Set.of(
          Statistic.KS,
          Statistic.WASSERSTEIN,
          Statistic.PSI,
          Statistic.JENSEN_SHANNON,
          Statistic.CHI_SQUARE,
          Statistic.Z_TEST);

  /** Evidently normalises Wasserstein by the reference's std, but not below this. */
  static final double MIN_STD = 0.001;

  private NumericComparison() {}

  static ColumnDrift compare(
      NumericProfile b, NumericProfile w, ColumnOptions o, DriftOptions options) {
    long[] bBins = b.binCounts();
    long[] wBins = w.binCounts();
    Statistic stat =
        CategoricalComparison.applicable(
            o.statistic() != null ? o.statistic() : defaultStatistic(b, bBins, wBins, options),
            bBins,
            wBins);
    double threshold = o.threshold() != null ? o.threshold() : stat.defaultThreshold();
    double[] bf = Divergences.fractions(bBins);
    double[] wf = Divergences.fractions(wBins);
    Outcome r =
        switch (stat) {
          case KS -> ks(b, w);
          case WASSERSTEIN -> wasserstein(b, w);
          case PSI -> new Outcome(Divergences.psi(bf, wf), null, ColumnDrift.EXACT);
          case JENSEN_SHANNON ->
              new Outcome(Divergences.jensenShannon(bf, wf), null, ColumnDrift.EXACT);
          case CHI_SQUARE, Z_TEST ->
              CategoricalComparison.test(stat, bBins, wBins, ColumnDrift.EXACT);
          case MMD -> throw new IllegalStateException("validated before");
        };
    List<Double> edges = edges(b);
    return r.drift(
        b.name(),
        b.kind().id(),
        stat,
        threshold,
        new Histogram(List.of(), edges, boxed(bf)),
        new Histogram(List.of(), edges, boxed(wf)),
        b.count(),
        w.count());
  }

  /**
   * Evidently's rule: at most 5 distinct values → categorical tests on the bins (which then hold
   * one value each); else KS for a small reference and normalised Wasserstein for a large one.
   */
  private static Statistic defaultStatistic(
      NumericProfile b, long[] bBins, long[] wBins, DriftOptions options) {
    boolean small = b.count() <= options.smallReference();
    if (b.distinctUpToSix() <= 5) {
      if (!small) {
        return Statistic.JENSEN_SHANNON;
      }
      return CategoricalComparison.nonEmpty(bBins, wBins) <= 2
          ? Statistic.Z_TEST
          : Statistic.CHI_SQUARE;
    }
    return small ? Statistic.KS : Statistic.WASSERSTEIN;
  }

  /**
   * KS between two large profiles from their grid counts (no sketch is merged or read): D is at
   * most the baseline's grid bound below the exact statistic, so its asymptotic p-value is a
   * conservative one. Otherwise from the CDFs, exact where a side kept every value.
   */
  static Outcome ks(NumericProfile b, NumericProfile w) {
    KsGrid bg = b.ksGrid();
    KsGrid wg = w.ksGrid();
    if (!b.exact() && !w.exact() && bg != null && wg != null && bg.sameCutPoints(wg)) {
      double d = bg.statistic(wg);
      return new Outcome(
          d, KolmogorovSmirnov.asymptoticPValue(b.count(), w.count(), d), ColumnDrift.SKETCH);
    }
    return ks(b.cdf(), w.cdf());
  }

  /**
   * Exact D and p-value when both CDFs hold every value. From sketches D is within the sum of their
   * rank errors; the p-value is then the asymptotic one of D less that error, a conservative figure
   * that does not swing with sketch noise (method {@code sketch}).
   */
  static Outcome ks(Cdf b, Cdf w) {
    double d = KolmogorovSmirnov.statistic(b, w);
    if (b.exact() && w.exact()) {
      return new Outcome(
          d, KolmogorovSmirnov.exactPValue((int) b.n(), (int) w.n(), d), ColumnDrift.EXACT);
    }
    double conservative = Math.max(0, d - b.rankError() - w.rankError());
    return new Outcome(
        d, KolmogorovSmirnov.asymptoticPValue(b.n(), w.n(), conservative), ColumnDrift.SKETCH);
  }

  private static Outcome wasserstein(NumericProfile b, NumericProfile w) {
    Cdf bc = b.cdf();
    Cdf wc = w.cdf();
    double value = Wasserstein.distance(bc, wc) / Math.max(b.std(), MIN_STD);
    return new Outcome(
        value, null, bc.exact() && wc.exact() ? ColumnDrift.EXACT : ColumnDrift.SKETCH);
  }

  private static List<Double> edges(NumericProfile b) {
    List<Double> edges = new ArrayList<>();
    edges.add(b.min());
    for (double e : b.edges()) {
      edges.add(e);
    }
    edges.add(b.max());
    return edges;
  }

  static List<Double> boxed(double[] values) {
    List<Double> list = new ArrayList<>(values.length);
    for (double v : values) {
      list.add(v);
    }
    return list;
  }
}
