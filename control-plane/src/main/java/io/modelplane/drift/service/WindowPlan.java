package io.modelplane.drift.service;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Which stored profiles make up a window, and which stretches must be profiled from the raw samples
 * instead. Pure: it sees how many usable samples each minute holds and what stored rows (built
 * against the current baseline) say they stand for. A stored hour is used when it stands for
 * exactly its hour's samples, else its minutes are looked at; a minute's rows are used when they
 * add up to its samples. Whatever does not add up (a replica died before flushing, samples stored
 * before profiles were, an erasure removed samples, another baseline was current), and the partial
 * minutes at the window's edges, is re-profiled from the samples — so a window's answer is the one
 * the raw samples give, only cheaper.
 */
final class WindowPlan {

  private static final Duration MINUTE = Duration.ofMinutes(1);
  private static final Duration HOUR = Duration.ofHours(1);

  /** A stored row: its resolution's bucket start and the samples it stands for. */
  record Stored(long id, boolean hour, Instant start, long samples) {}

  /** A [from, to) stretch to profile from the samples. */
  record Range(Instant from, Instant to) {}

  /** The stored rows to merge and the stretches to re-profile for one window. */
  record Part(List<Long> rows, long storedSamples, List<Range> raw) {}

  private WindowPlan() {}

  /**
   * @param counts usable samples per minute start (absent = none)
   * @param minutes stored minute rows by minute start
   * @param hours stored hour rows by hour start (at most one per hour and baseline)
   */
  static Part plan(
      Instant from,
      Instant to,
      Map<Instant, Long> counts,
      Map<Instant, List<Stored>> minutes,
      Map<Instant, Stored> hours) {
    List<Long> rows = new ArrayList<>();
    List<Range> raw = new ArrayList<>();
    long stored = 0;
    Instant first = ceilMinute(from);
    Instant end = to.truncatedTo(ChronoUnit.MINUTES);
    if (!first.isBefore(end)) {
      raw.add(new Range(from, to));
      return new Part(rows, 0, raw);
    }
    Instant open = from.isBefore(first) ? from : null;
    Instant m = first;
    while (m.isBefore(end)) {
      Stored hour = hours.get(m);
      if (hour != null && !m.plus(HOUR).isAfter(end) && hour.samples() == sum(counts, m, HOUR)) {
        open = close(raw, open, m);
        rows.add(hour.id());
        stored += hour.samples();
        m = m.plus(HOUR);
        continue;
      }
      long count = counts.getOrDefault(m, 0L);
      List<Stored> mine = minutes.getOrDefault(m, List.of());
      long claimed = mine.stream().mapToLong(Stored::samples).sum();
      if (count > 0 && claimed == count) {
        open = close(raw, open, m);
        mine.forEach(s -> rows.add(s.id()));
        stored += claimed;
      } else if (count > 0 && open == null) {
        open = m;
      }
      // an empty minute neither opens nor closes a raw stretch: re-reading it costs nothing
      m = m.plus(MINUTE);
    }
    if (end.isBefore(to) && open == null) {
      open = end;
    }
    close(raw, open, to);
    return new Part(rows, stored, raw);
  }

  private static Instant close(List<Range> raw, Instant open, Instant at) {
    if (open != null && open.isBefore(at)) {
      raw.add(new Range(open, at));
    }
    return null;
  }

  private static long sum(Map<Instant, Long> counts, Instant from, Duration length) {
    long total = 0;
    for (Instant m = from; m.isBefore(from.plus(length)); m = m.plus(MINUTE)) {
      total += counts.getOrDefault(m, 0L);
    }
    return total;
  }

  static Instant ceilMinute(Instant t) {
    Instant floor = t.truncatedTo(ChronoUnit.MINUTES);
    return floor.equals(t) ? t : floor.plus(MINUTE);
  }
}
