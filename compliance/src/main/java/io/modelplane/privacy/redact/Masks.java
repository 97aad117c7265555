package io.modelplane.privacy.redact;

import io.modelplane.privacy.scan.EntityType;

/**
 * Partly masked examples of findings ({@code j***@e***.com}, {@code **** **** **** 4242}): enough
 * for a person to recognise what kind of value sits in a column, never the value. At most the last
 * four characters of a number and none of a secret survive.
 */
public final class Masks {

  private Masks() {}

  public static String mask(EntityType type, String value) {
    return switch (type.id()) {
      case "email" -> email(value);
      case "payment_card", "us_ssn" -> keepLastAlnum(value, 4, 0);
      case "iban" -> keepLastAlnum(value, 4, 2);
      case "phone" -> keepLastAlnum(value, 2, 0);
      case "ip_address" -> ip(value);
      case "aws_access_key" -> value.substring(0, Math.min(4, value.length())) + "****";
      case "github_token" -> value.substring(0, value.indexOf('_') + 1) + "****";
      case "jwt" -> "eyJ***.eyJ***.***";
      case "private_key" -> "-----BEGIN PRIVATE KEY----- ****";
      case "api_key" -> "****";
      default -> keepLastAlnum(value, 2, 0);
    };
  }

  private static String email(String value) {
    int at = value.indexOf('@');
    int lastDot = value.lastIndexOf('.');
    if (at <= 0 || lastDot < at) {
      return "***";
    }
    return value.charAt(0) + "***@" + value.charAt(at + 1) + "***" + value.substring(lastDot);
  }

  /**
   * Letters and digits become {@code *} except the first {@code keepFirst} and the last {@code
   * keepLast}; separators stay, so the format is still recognisable.
   */
  private static String keepLastAlnum(String value, int keepLast, int keepFirst) {
    int total = 0;
    for (int i = 0; i < value.length(); i++) {
      if (Character.isLetterOrDigit(value.charAt(i))) {
        total++;
      }
    }
    // short values keep at most half their characters
    int last = Math.min(keepLast, total / 2);
    int first = Math.min(keepFirst, Math.max(0, total / 2 - last));
    StringBuilder b = new StringBuilder(value.length());
    int seen = 0;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        seen++;
        b.append(seen <= first || seen > total - last ? c : '*');
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }

  private static String ip(String value) {
    int cut = value.indexOf(value.indexOf(':') >= 0 ? ':' : '.');
    StringBuilder b = new StringBuilder(value.substring(0, cut + 1));
    for (int i = cut + 1; i < value.length(); i++) {
      char c = value.charAt(i);
      b.append(Character.digit(c, 16) >= 0 ? '*' : c);
    }
    return b.toString();
  }
}
