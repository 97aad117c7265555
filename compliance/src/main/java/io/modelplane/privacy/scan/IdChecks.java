package io.modelplane.privacy.scan;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The checks a national-id pattern can name in configuration: check-digit algorithms and the
 * structural rules of the identifiers shipped by default.
 */
public final class IdChecks {

  public static final String NONE = "none";
  public static final String LUHN = "luhn";
  public static final String MOD97 = "iban-mod97";
  public static final String ISO7064_MOD11_10 = "iso7064-mod11-10";
  public static final String US_SSN = "us-ssn";
  public static final String DE_STEUER_ID = "de-steuer-id";
  public static final String UK_NINO = "uk-nino";

  private static final Set<String> NINO_NEVER_ISSUED =
      Set.of("BG", "GB", "KN", "NK", "NT", "TN", "ZZ");
  private static final Set<String> SSN_NEVER_VALID = Set.of("078051120", "219099999");

  private static final Map<String, Validator.Check> CHECKS = new LinkedHashMap<>();

  static {
    CHECKS.put(NONE, s -> true);
    CHECKS.put(LUHN, Checksums::luhn);
    CHECKS.put(MOD97, s -> Checksums.ibanMod97(s.toString().replace(" ", "")));
    CHECKS.put(ISO7064_MOD11_10, s -> Checksums.iso7064Mod11x10(Checksums.digitsOf(s)));
    CHECKS.put(US_SSN, IdChecks::usSsn);
    CHECKS.put(DE_STEUER_ID, IdChecks::steuerId);
    CHECKS.put(UK_NINO, IdChecks::nino);
  }

  private IdChecks() {}

  public static Validator.Check named(String name) {
    return name == null ? null : CHECKS.get(name);
  }

  public static List<String> names() {
    return List.copyOf(CHECKS.keySet());
  }

  /** Area 001–899 except 666, group 01–99, serial 0001–9999; two famous misused numbers. */
  static boolean usSsn(CharSequence s) {
    String d = Checksums.digitsOf(s);
    if (d.length() != 9 || SSN_NEVER_VALID.contains(d)) {
      return false;
    }
    int area = Integer.parseInt(d.substring(0, 3));
    int group = Integer.parseInt(d.substring(3, 5));
    int serial = Integer.parseInt(d.substring(5));
    return area != 0 && area != 666 && area < 900 && group != 0 && serial != 0;
  }

  /**
   * The German Steuerliche Identifikationsnummer: 11 digits, no leading zero; among the first ten
   * exactly one digit occurs twice or three times (never three in a row) and the others at most
   * once; the eleventh is the ISO 7064 MOD 11,10 check digit.
   */
  static boolean steuerId(CharSequence s) {
    String d = Checksums.digitsOf(s);
    if (d.length() != 11 || d.charAt(0) == '0') {
      return false;
    }
    int[] counts = new int[10];
    for (int i = 0; i < 10; i++) {
      counts[d.charAt(i) - '0']++;
    }
    int repeated = 0;
    for (int c : counts) {
      if (c > 3) {
        return false;
      }
      if (c >= 2) {
        repeated++;
      }
    }
    if (repeated != 1) {
      return false;
    }
    for (int i = 2; i < 10; i++) {
      if (d.charAt(i) == d.charAt(i - 1) && d.charAt(i) == d.charAt(i - 2)) {
        return false;
      }
    }
    return Checksums.iso7064Mod11x10(d);
  }

  /** Prefixes the UK never issues (the letters themselves are limited by the expression). */
  static boolean nino(CharSequence s) {
    String prefix = s.subSequence(0, 2).toString();
    return !NINO_NEVER_ISSUED.contains(prefix);
  }
}
