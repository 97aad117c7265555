package io.modelplane.monitoring.latency;

import com.datadoghq.sketch.ddsketch.DDSketch;
import com.datadoghq.sketch.ddsketch.DDSketches;
import com.datadoghq.sketch.ddsketch.encoding.ByteArrayInput;
import com.datadoghq.sketch.ddsketch.encoding.GrowingByteArrayOutput;
import com.datadoghq.sketch.ddsketch.store.UnboundedSizeDenseStore;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Latency of one series over one interval: a DDSketch with 1% relative accuracy on every quantile,
 * plus request and error counts. Sketches merge exactly (merging bucket counts), so per-minute
 * sketches from several control-plane replicas add up to the sketch of all their requests. Not
 * thread-safe; {@link MinuteRecorder} serialises access.
 */
public final class LatencySketch {

  public static final double RELATIVE_ACCURACY = 0.01;

  private final DDSketch sketch;
  private long requests;
  private long errors;

  private LatencySketch(DDSketch sketch, long requests, long errors) {
    this.sketch = sketch;
    this.requests = requests;
    this.errors = errors;
  }

  public static LatencySketch empty() {
    return new LatencySketch(DDSketches.unboundedDense(RELATIVE_ACCURACY), 0, 0);
  }

  /** Rebuilds a stored sketch; the counts are stored beside it. */
  public static LatencySketch of(byte[] encoded, long requests, long errors) {
    try {
      DDSketch decoded =
          DDSketch.decode(ByteArrayInput.wrap(encoded), UnboundedSizeDenseStore::new);
      return new LatencySketch(decoded, requests, errors);
    } catch (IOException e) {
      throw new UncheckedIOException("not a DDSketch encoding", e);
    }
  }

  public void record(double millis, boolean error) {
    sketch.accept(Math.max(0, millis));
    requests++;
    if (error) {
      errors++;
    }
  }

  /**
   * Adds {@code count} requests that took {@code millis} each, as successes (for another recorder's
   * histogram; its errors are added with {@link #countErrors}).
   */
  public void recordMany(double millis, long count) {
    if (count > 0) {
      sketch.accept(Math.max(0, millis), count);
      requests += count;
    }
  }

  /** Counts {@code n} of the recorded requests as errors. */
  public void countErrors(long n) {
    errors += n;
  }

  public void mergeWith(LatencySketch other) {
    sketch.mergeWith(other.sketch);
    requests += other.requests;
    errors += other.errors;
  }

  public byte[] encode() {
    try {
      GrowingByteArrayOutput output = GrowingByteArrayOutput.withDefaultInitialCapacity();
      sketch.encode(output, false);
      return output.trimmedCopy();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public long requests() {
    return requests;
  }

  public long errors() {
    return errors;
  }

  /** The value at quantile q in [0, 1], or 0 when nothing was recorded. */
  public double quantile(double q) {
    return sketch.isEmpty() ? 0 : sketch.getValueAtQuantile(q);
  }

  /** Percentiles, rate and error rate over an interval of the given length. */
  public LatencySummary summary(double seconds) {
    return new LatencySummary(
        requests,
        errors,
        quantile(0.50),
        quantile(0.90),
        quantile(0.95),
        quantile(0.99),
        quantile(0.999),
        seconds <= 0 ? 0 : requests / seconds,
        requests == 0 ? 0 : (double) errors / requests);
  }
}
