package io.modelplane.monitoring.table;

import java.io.InputStream;
import java.util.List;

/**
 * Entry points that turn input into a column-oriented {@link Table}. None of them throws on bad
 * data: what could not be used is counted in {@link Table#problems()}. I/O failures of the stream
 * itself surface as {@link java.io.UncheckedIOException}.
 */
public final class Tables {

  private Tables() {}

  /** CSV with a header row (RFC 4180 quoting), UTF-8. */
  public static Table csv(InputStream in, TableOptions options) {
    return CsvTableReader.read(in, options);
  }

  /** JSON lines: one object per line, UTF-8. */
  public static Table jsonLines(InputStream in, TableOptions options) {
    return JsonLinesTableReader.read(in, options);
  }

  /** {@code format} is {@code csv} or {@code jsonl}. */
  public static Table read(String format, InputStream in, TableOptions options) {
    return switch (format) {
      case "csv" -> csv(in, options);
      case "jsonl", "ndjson" -> jsonLines(in, options);
      default -> throw new IllegalArgumentException("format must be csv or jsonl");
    };
  }

  /**
   * Sampled Open Inference Protocol v2 exchanges ({@code inputs} of the request, {@code outputs} of
   * the response), mapped onto {@code schema} (usually the baseline's) as {@link OipTableReader}
   * describes.
   */
  public static Table inference(
      List<InferencePayload> payloads, TableSchema schema, TableOptions options) {
    return new OipTableReader(schema, options.withKinds(schema.kinds())).read(payloads);
  }
}
