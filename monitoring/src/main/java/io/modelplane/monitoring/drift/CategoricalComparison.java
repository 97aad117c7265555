package io.modelplane.monitoring.drift;

import io.modelplane.monitoring.profile.CategoricalProfile;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compares category counts: chi-square or Z for a small reference, Jensen–Shannon for a large one.
 */
final class CategoricalComparison {

  static final Set<Statistic> ALLOWED =
      Set.of(Statistic.CHI_SQUARE, Statistic.Z_TEST, Statistic.PSI, Statistic.JENSEN_SHANNON);

  private CategoricalComparison() {}

  static ColumnDrift compare(
      CategoricalProfile b, CategoricalProfile w, ColumnOptions o, DriftOptions options) {
    Map<String, long[]> domain = domain(b, w);
    long[] bc = new long[domain.size()];
    long[] wc = new long[domain.size()];
    List<String> labels = new ArrayList<>(domain.keySet());
    for (int i = 0; i < labels.size(); i++) {
      bc[i] = domain.get(labels.get(i))[0];
      wc[i] = domain.get(labels.get(i))[1];
    }
    Statistic chosen = o.statistic();
    if (chosen == null) {
      boolean small = b.count() <= options.smallReference();
      chosen =
          !small
              ? Statistic.JENSEN_SHANNON
              : nonEmpty(bc, wc) <= 2 ? Statistic.Z_TEST : Statistic.CHI_SQUARE;
    }
    Statistic stat = applicable(chosen, bc, wc);
    double threshold = o.threshold() != null ? o.threshold() : stat.defaultThreshold();
    String method = b.exact() && w.exact() ? ColumnDrift.EXACT : ColumnDrift.SKETCH;
    double[] bf = Divergences.fractions(bc);
    double[] wf = Divergences.fractions(wc);
    Outcome r =
        switch (stat) {
          case PSI -> new Outcome(Divergences.psi(bf, wf), null, method);
          case JENSEN_SHANNON -> new Outcome(Divergences.jensenShannon(bf, wf), null, method);
          default -> test(stat, bc, wc, method);
        };
    return r.drift(
        b.name(),
        b.kind().id(),
        stat,
        threshold,
        new Histogram(labels, List.of(), NumericComparison.boxed(bf)),
        new Histogram(labels, List.of(), NumericComparison.boxed(wf)),
        b.count(),
        w.count());
  }

  /**
   * The categories compared. When the baseline tracked every category, a category new in the window
   * keeps its name (baseline count 0). When the baseline had to fold rare categories into {@code
   * __other__}, a window category it does not name may be one of them, so it is folded into {@code
   * __other__} too.
   */
  private static Map<String, long[]> domain(CategoricalProfile b, CategoricalProfile w) {
    Map<String, Long> bCounts = b.counts();
    boolean complete = b.exact() && !bCounts.containsKey(CategoricalProfile.OTHER);
    Map<String, long[]> domain = new LinkedHashMap<>();
    bCounts.forEach((label, c) -> domain.put(label, new long[] {c, 0}));
    w.counts()
        .forEach(
            (label, c) -> {
              String key = domain.containsKey(label) || complete ? label : CategoricalProfile.OTHER;
              domain.computeIfAbsent(key, k -> new long[2])[1] += c;
            });
    return domain;
  }

  /** A Z-test needs two categories; with more it becomes the chi-square test. */
  static Statistic applicable(Statistic stat, long[] b, long[] w) {
    return stat == Statistic.Z_TEST && nonEmpty(b, w) > 2 ? Statistic.CHI_SQUARE : stat;
  }

  static int nonEmpty(long[] b, long[] w) {
    int n = 0;
    for (int i = 0; i < b.length; i++) {
      if (b[i] + w[i] > 0) {
        n++;
      }
    }
    return n;
  }

  /** Chi-square (value: statistic) or Z (value: z) on counts over the same categories. */
  static Outcome test(Statistic stat, long[] b, long[] w, String method) {
    if (stat == Statistic.Z_TEST) {
      long[] b2 = new long[2];
      long[] w2 = new long[2];
      int k = 0;
      for (int i = 0; i < b.length && k < 2; i++) {
        if (b[i] + w[i] > 0) {
          b2[k] = b[i];
          w2[k] = w[i];
          k++;
        }
      }
      double[] z = Contingency.zTest(b2, w2);
      return new Outcome(z[0], z[1], method);
    }
    double[] chi = Contingency.chiSquare(b, w);
    return new Outcome(chi[0], chi[1], method);
  }
}
