package io.modelplane.privacy.redact;

import com.google.common.net.InetAddresses;
import io.modelplane.privacy.scan.EntityType;
import java.util.Locale;

/**
 * The canonical form of a value before it is hashed, so that the same person's data hashes the same
 * however it was written: {@code J.Doe@Example.com} = {@code j.doe@example.com}, {@code 4242 4242
 * 4242 4242} = {@code 4242424242424242}, {@code +49 30 123456} = {@code +4930123456}.
 */
public final class Normalizer {

  private Normalizer() {}

  public static String canonical(EntityType type, String value) {
    return switch (type.id()) {
      case "email" -> value.toLowerCase(Locale.ROOT);
      case "ip_address" -> ip(value);
      case "aws_access_key", "github_token", "api_key", "jwt", "private_key" -> value;
      case "phone" -> (value.startsWith("+") ? "+" : "") + alnumUpper(value);
      default -> alnumUpper(value);
    };
  }

  private static String ip(String value) {
    try {
      return InetAddresses.toAddrString(InetAddresses.forString(value));
    } catch (IllegalArgumentException e) {
      return value;
    }
  }

  private static String alnumUpper(String value) {
    StringBuilder b = new StringBuilder(value.length());
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        b.append(Character.toUpperCase(c));
      }
    }
    return b.toString();
  }
}
