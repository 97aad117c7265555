package io.modelplane.privacy.scan;

/**
 * E-mail addresses and telephone numbers. Phone numbers must look like phone numbers — E.164 with a
 * leading {@code +}, a North American number with separators, or a national number with a trunk
 * {@code 0} and separators — so that plain runs of digits (amounts, ids, timestamps) are not
 * flagged.
 */
final class ContactDetectors {

  private static final String EMAIL =
      "(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]{1,64}@"
          + "(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]{2,24}(?![A-Za-z0-9-])";

  private static final String INTERNATIONAL = "\\+\\d[\\d .()-]{5,22}\\d";
  private static final String NORTH_AMERICAN =
      "(?:1[ .-])?(?:\\(\\d{3}\\) ?|\\d{3}[ .-])\\d{3}[ .-]\\d{4}";
  private static final String NATIONAL = "0\\d{1,4}(?:[ /.-]\\d{2,8}){1,4}";
  private static final String PHONE =
      "(?<![\\w+.-])(?:"
          + INTERNATIONAL
          + "|"
          + NORTH_AMERICAN
          + "|"
          + NATIONAL
          + ")(?![\\w]|[.-]\\d)";

  private ContactDetectors() {}

  static Detector email() {
    return Detector.of(
        EntityType.EMAIL, EMAIL, (text, p) -> p.at > 0, ContactDetectors::acceptEmail);
  }

  static Detector phone() {
    return Detector.of(
        EntityType.PHONE,
        PHONE,
        (text, p) -> p.digitRun >= 10 || (p.plus > 0 && p.digitRun >= 8),
        ContactDetectors::acceptPhone);
  }

  static int acceptEmail(CharSequence s, int start, int end) {
    int at = start;
    while (s.charAt(at) != '@') {
      at++;
    }
    char first = s.charAt(start);
    char last = s.charAt(at - 1);
    if (first == '.' || last == '.') {
      return -1;
    }
    for (int i = start + 1; i < at; i++) {
      if (s.charAt(i) == '.' && s.charAt(i - 1) == '.') {
        return -1;
      }
    }
    return end;
  }

  static int acceptPhone(CharSequence s, int start, int end) {
    String digits = Checksums.digitsOf(s.subSequence(start, end));
    char first = s.charAt(start);
    if (first == '+') {
      return international(s, start, end, digits) ? end : -1;
    }
    if (first == '0') {
      return digits.length() >= 10 && digits.length() <= 12 ? end : -1;
    }
    return northAmerican(digits) ? end : -1;
  }

  /** 8–15 digits (E.164), separators single, at most one pair of parentheses. */
  private static boolean international(CharSequence s, int start, int end, String digits) {
    if (digits.length() < 8 || digits.length() > 15) {
      return false;
    }
    int open = 0;
    int parens = 0;
    char previous = '+';
    for (int i = start + 1; i < end; i++) {
      char c = s.charAt(i);
      boolean separator = c == ' ' || c == '.' || c == '-';
      if (separator && (previous == ' ' || previous == '.' || previous == '-')) {
        return false;
      }
      if (c == '(') {
        if (open > 0 || ++parens > 1) {
          return false;
        }
        open++;
      } else if (c == ')') {
        if (open == 0) {
          return false;
        }
        open--;
      }
      previous = c;
    }
    return open == 0;
  }

  /** NANP: area code and exchange start with 2–9. */
  private static boolean northAmerican(String digits) {
    String national = digits.length() == 11 ? digits.substring(1) : digits;
    return national.length() == 10 && national.charAt(0) >= '2' && national.charAt(3) >= '2';
  }
}
