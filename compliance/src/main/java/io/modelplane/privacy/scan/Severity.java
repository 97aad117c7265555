package io.modelplane.privacy.scan;

import java.util.Locale;

/**
 * How bad a finding is: secrets, payment cards, bank accounts and national identifiers are high;
 * contact details medium; network addresses low.
 */
public enum Severity {
  HIGH,
  MEDIUM,
  LOW;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Severity fromId(String id) {
    return valueOf(id.trim().toUpperCase(Locale.ROOT));
  }
}
