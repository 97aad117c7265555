package io.modelplane.monitoring.profile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Misra–Gries heavy hitters with weights, mergeable (Agarwal et al. 2012): at most {@code capacity}
 * counters; when more are needed every counter drops by the (capacity/2)-th largest count, which is
 * added to {@link #maxError()}. Counts are lower bounds, off by at most maxError ≤ 2n / capacity,
 * and exact while maxError is 0 (no more distinct labels than counters).
 */
final class FrequentItems {

  final int capacity;
  long n;
  long maxError;
  final Map<String, Long> counters;

  FrequentItems(int capacity) {
    this(capacity, 0, 0, new HashMap<>());
  }

  FrequentItems(int capacity, long n, long maxError, Map<String, Long> counters) {
    this.capacity = capacity;
    this.n = n;
    this.maxError = maxError;
    this.counters = counters;
  }

  void update(String label, long count) {
    if (count <= 0) {
      return;
    }
    n += count;
    counters.merge(label, count, Long::sum);
    if (counters.size() > capacity) {
      purge();
    }
  }

  FrequentItems merge(FrequentItems other) {
    FrequentItems m =
        new FrequentItems(
            capacity, n + other.n, maxError + other.maxError, new HashMap<>(counters));
    other.counters.forEach((label, c) -> m.counters.merge(label, c, Long::sum));
    while (m.counters.size() > capacity) {
      m.purge();
    }
    return m;
  }

  /** Label → count (a lower bound), most frequent first, ties by label. */
  Map<String, Long> counts() {
    List<Map.Entry<String, Long>> entries = new ArrayList<>(counters.entrySet());
    entries.sort(
        Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
            .thenComparing(Map.Entry.comparingByKey()));
    Map<String, Long> sorted = new LinkedHashMap<>();
    entries.forEach(e -> sorted.put(e.getKey(), e.getValue()));
    return sorted;
  }

  private void purge() {
    long[] values = counters.values().stream().mapToLong(Long::longValue).sorted().toArray();
    long cut = values[values.length - capacity / 2];
    counters.replaceAll((label, c) -> c - cut);
    counters.values().removeIf(c -> c <= 0);
    maxError += cut;
  }
}
