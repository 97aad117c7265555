package io.modelplane.monitoring.latency;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Collects latency per series and wall-clock minute in memory until the minute has closed; then
 * {@link #drainClosed} hands each closed minute's sketch over exactly once. A request recorded for
 * a minute that was already drained starts a new sketch for that minute, drained next time: minute
 * rows are additive, never overwritten.
 *
 * @param <S> what identifies a series (e.g. deployment and revision)
 */
public final class MinuteRecorder<S> {

  /** One series' sketch for one minute. */
  public record Closed<S>(S series, Instant minute, LatencySketch sketch) {}

  private record Slot<S>(S series, Instant minute) {}

  private final Map<Slot<S>, LatencySketch> open = new ConcurrentHashMap<>();

  public void record(S series, Instant at, double millis, boolean error) {
    open.compute(
        new Slot<>(series, at.truncatedTo(ChronoUnit.MINUTES)),
        (slot, sketch) -> {
          LatencySketch s = sketch == null ? LatencySketch.empty() : sketch;
          s.record(millis, error);
          return s;
        });
  }

  /** Removes and returns the sketches of minutes before {@code now}'s minute. */
  public List<Closed<S>> drainClosed(Instant now) {
    return drain(now.truncatedTo(ChronoUnit.MINUTES));
  }

  /** Removes and returns every sketch, the current minute's included (at shutdown). */
  public List<Closed<S>> drainAll() {
    return drain(Instant.MAX);
  }

  private List<Closed<S>> drain(Instant before) {
    List<Closed<S>> closed = new ArrayList<>();
    for (Slot<S> slot : List.copyOf(open.keySet())) {
      if (slot.minute().isBefore(before)) {
        LatencySketch sketch = open.remove(slot);
        if (sketch != null) {
          closed.add(new Closed<>(slot.series(), slot.minute(), sketch));
        }
      }
    }
    return closed;
  }
}
