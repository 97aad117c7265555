package io.modelplane.privacy.source;

import java.util.Locale;
import java.util.Optional;

/** The formats a data set can be scanned in. */
public enum DataFormat {
  /** Comma-separated values with a header row (RFC 4180 quoting). */
  CSV,
  /** One JSON value (normally an object) per line. */
  JSONL,
  /** Plain text, scanned line by line. */
  TEXT;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<DataFormat> fromId(String id) {
    for (DataFormat f : values()) {
      if (f.id().equals(id)) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }

  /** From a media type such as {@code text/csv; charset=utf-8}. */
  public static Optional<DataFormat> fromMediaType(String mediaType) {
    if (mediaType == null) {
      return Optional.empty();
    }
    String type = mediaType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
    return switch (type) {
      case "text/csv" -> Optional.of(CSV);
      case "application/jsonl", "application/x-ndjson", "application/x-jsonlines" ->
          Optional.of(JSONL);
      case "text/plain" -> Optional.of(TEXT);
      default -> Optional.empty();
    };
  }

  /** From a file name's extension ({@code .csv}, {@code .jsonl}, {@code .ndjson}, {@code .txt}). */
  public static Optional<DataFormat> fromFileName(String name) {
    if (name == null) {
      return Optional.empty();
    }
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".csv")) {
      return Optional.of(CSV);
    }
    if (lower.endsWith(".jsonl") || lower.endsWith(".ndjson")) {
      return Optional.of(JSONL);
    }
    if (lower.endsWith(".txt") || lower.endsWith(".log")) {
      return Optional.of(TEXT);
    }
    return Optional.empty();
  }
}
