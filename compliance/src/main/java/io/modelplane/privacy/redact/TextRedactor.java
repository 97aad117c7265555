package io.modelplane.privacy.redact;

import io.modelplane.privacy.scan.Detection;
import io.modelplane.privacy.scan.DetectorSet;
import io.modelplane.privacy.scan.EntityType;
import io.modelplane.privacy.scan.Matching;
import java.util.List;

/**
 * Replaces every entity the detectors find in a text by its type ({@link RedactionMode#MASK}) or by
 * its keyed hash ({@link RedactionMode#HASH}); text between entities is kept. One per thread.
 */
public final class TextRedactor {

  private final Matching matching;
  private final RedactionMode mode;
  private final KeyedHasher hasher;

  /**
   * @param hasher the tenant's hasher; required for {@link RedactionMode#HASH}
   */
  public TextRedactor(DetectorSet detectors, RedactionMode mode, KeyedHasher hasher) {
    if (mode == RedactionMode.HASH && hasher == null) {
      throw new IllegalArgumentException("hash redaction needs a key");
    }
    this.matching = detectors.newMatching();
    this.mode = mode;
    this.hasher = hasher;
  }

  public static String maskToken(EntityType type) {
    return "[REDACTED:" + type.id() + "]";
  }

  /** The text with its entities replaced; the same instance when nothing was found. */
  public String redact(String text) {
    if (mode == RedactionMode.OFF) {
      return text;
    }
    List<Detection> found = matching.detections(text);
    if (found.isEmpty()) {
      return text;
    }
    StringBuilder b = new StringBuilder(text.length());
    int at = 0;
    for (Detection d : found) {
      b.append(text, at, d.start());
      String value = text.substring(d.start(), d.end());
      b.append(mode == RedactionMode.HASH ? hasher.token(d.type(), value) : maskToken(d.type()));
      at = d.end();
    }
    return b.append(text, at, text.length()).toString();
  }
}
