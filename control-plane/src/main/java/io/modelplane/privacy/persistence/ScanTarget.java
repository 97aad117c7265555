package io.modelplane.privacy.persistence;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/**
 * What a scan reads, as stored with it: a version's baseline ({@code model}, {@code version}), a
 * deployment's sampled payloads between {@code from} and {@code to}, a model's metadata (all
 * versions, or one), or an uploaded file ({@code fileName}, {@code format}, {@code size}).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ScanTarget(
    String type,
    String model,
    Integer version,
    String deployment,
    Instant from,
    Instant to,
    String fileName,
    String format,
    Long size) {

  public static final String BASELINE = "baseline";
  public static final String PAYLOADS = "payloads";
  public static final String METADATA = "metadata";
  public static final String FILE = "file";

  public static ScanTarget baseline(String model, int version) {
    return new ScanTarget(BASELINE, model, version, null, null, null, null, null, null);
  }

  public static ScanTarget payloads(String deployment, Instant from, Instant to) {
    return new ScanTarget(PAYLOADS, null, null, deployment, from, to, null, null, null);
  }

  public static ScanTarget metadata(String model, Integer version) {
    return new ScanTarget(METADATA, model, version, null, null, null, null, null, null);
  }

  public static ScanTarget file(String fileName, String format, long size) {
    return new ScanTarget(FILE, null, null, null, null, null, fileName, format, size);
  }
}
