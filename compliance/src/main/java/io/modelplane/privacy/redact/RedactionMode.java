package io.modelplane.privacy.redact;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What happens to personal data in stored payloads: kept ({@code off}), replaced by its type
 * ({@code mask}: {@code [REDACTED:email]}), or replaced by a keyed hash ({@code hash}: {@code
 * [HMAC:email:…]}) that still lets equal values be counted and erased.
 */
public enum RedactionMode {
  OFF,
  MASK,
  HASH;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<RedactionMode> fromId(String id) {
    return Arrays.stream(values()).filter(m -> m.id().equals(id)).findFirst();
  }
}
