package io.modelplane.privacy.scan;

/** Check-digit algorithms of the identifiers the detectors confirm; inputs are digits only. */
public final class Checksums {

  private Checksums() {}

  /** Luhn (ISO/IEC 7812-1) over the digits of {@code s}, ignoring any other character. */
  public static boolean luhn(CharSequence s) {
    int sum = 0;
    int count = 0;
    boolean doubled = false;
    for (int i = s.length() - 1; i >= 0; i--) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        continue;
      }
      int d = c - '0';
      if (doubled) {
        d *= 2;
        if (d > 9) {
          d -= 9;
        }
      }
      sum += d;
      doubled = !doubled;
      count++;
    }
    return count > 1 && sum % 10 == 0;
  }

  /**
   * ISO 13616 / ISO 7064 MOD 97-10 over an IBAN without spaces: the first four characters move to
   * the end, letters become 10..35, and the number must leave remainder 1.
   */
  public static boolean ibanMod97(CharSequence iban) {
    int n = iban.length();
    if (n < 5) {
      return false;
    }
    int remainder = 0;
    for (int k = 0; k < n; k++) {
      char c = iban.charAt((k + 4) % n);
      if (c >= '0' && c <= '9') {
        remainder = (remainder * 10 + (c - '0')) % 97;
      } else if (c >= 'A' && c <= 'Z') {
        remainder = (remainder * 100 + (c - 'A' + 10)) % 97;
      } else {
        return false;
      }
    }
    return remainder == 1;
  }

  /**
   * ISO 7064 MOD 11,10 (the German tax identifier's check digit): the last digit must be the one
   * the preceding digits compute.
   */
  public static boolean iso7064Mod11x10(CharSequence digits) {
    int n = digits.length();
    if (n < 2) {
      return false;
    }
    int product = 10;
    for (int i = 0; i < n - 1; i++) {
      int d = digit(digits.charAt(i));
      if (d < 0) {
        return false;
      }
      int sum = (d + product) % 10;
      if (sum == 0) {
        sum = 10;
      }
      product = (sum * 2) % 11;
    }
    int check = 11 - product;
    if (check == 10) {
      check = 0;
    }
    return check == digit(digits.charAt(n - 1));
  }

  /** The check digit that completes {@code digits} under ISO 7064 MOD 11,10. */
  public static int iso7064Mod11x10CheckDigit(CharSequence digits) {
    int product = 10;
    for (int i = 0; i < digits.length(); i++) {
      int sum = (digit(digits.charAt(i)) + product) % 10;
      if (sum == 0) {
        sum = 10;
      }
      product = (sum * 2) % 11;
    }
    int check = 11 - product;
    return check == 10 ? 0 : check;
  }

  /** The digit that makes {@code digits + d} pass Luhn. */
  public static int luhnCheckDigit(CharSequence digits) {
    for (int d = 0; d <= 9; d++) {
      if (luhn(digits.toString() + d)) {
        return d;
      }
    }
    throw new IllegalStateException("no Luhn digit");
  }

  /** Only the digits of {@code s}. */
  public static String digitsOf(CharSequence s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= '0' && c <= '9') {
        b.append(c);
      }
    }
    return b.toString();
  }

  private static int digit(char c) {
    return c >= '0' && c <= '9' ? c - '0' : -1;
  }
}
