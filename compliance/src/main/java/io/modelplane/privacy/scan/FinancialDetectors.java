package io.modelplane.privacy.scan;

/** Payment card numbers and IBANs, both confirmed by their check digits. */
final class FinancialDetectors {

  private FinancialDetectors() {}

  /**
   * 13–19 digits, contiguous or in groups split by one kind of separator (4-4-4-4, 4-6-5, …), with
   * a banking industry identifier (first digit 2–6) and a valid Luhn digit. A longer run of digits
   * is not a card; a valid card followed by another group is found without the extra group.
   */
  static Detector card() {
    return Detector.of(
        EntityType.PAYMENT_CARD,
        "(?<![\\w-])(?:\\d[ -]?){12,18}\\d(?![\\w-])",
        Prefilter.digitRun(13),
        FinancialDetectors::acceptCard);
  }

  /**
   * A country code with an IBAN, two check digits and the country's number of characters,
   * electronic (no spaces) or printed (spaces after every four), passing ISO 7064 mod 97-10.
   */
  static Detector iban() {
    return Detector.of(
        EntityType.IBAN,
        "(?<![A-Za-z0-9])[A-Z]{2}\\d{2}(?: ?[A-Z0-9]){11,30}",
        (text, p) -> p.lettersThenDigits && p.length >= 15,
        FinancialDetectors::acceptIban);
  }

  static int acceptCard(CharSequence s, int start, int end) {
    int[] groupEnds = new int[20];
    int groups = 0;
    char separator = 0;
    for (int i = start; i < end; i++) {
      char c = s.charAt(i);
      if (c == ' ' || c == '-') {
        if (separator != 0 && separator != c) {
          return -1;
        }
        separator = c;
        groupEnds[groups++] = i;
      }
    }
    groupEnds[groups++] = end;
    if (separator == 0) {
      return validCard(s, start, end) ? end : -1;
    }
    if (groupEnds[0] - start != 4) {
      return -1;
    }
    // the longest run of whole groups that is a card wins
    for (int g = groups - 1; g >= 0; g--) {
      int candidateEnd = groupEnds[g];
      if (groupsWellFormed(groupEnds, start, g) && validCard(s, start, candidateEnd)) {
        return candidateEnd;
      }
    }
    return -1;
  }

  private static boolean groupsWellFormed(int[] groupEnds, int start, int last) {
    int from = start;
    for (int g = 0; g <= last; g++) {
      int len = groupEnds[g] - from;
      if (len < 3 || len > 6) {
        return false;
      }
      from = groupEnds[g] + 1;
    }
    return true;
  }

  private static boolean validCard(CharSequence s, int start, int end) {
    String digits = Checksums.digitsOf(s.subSequence(start, end));
    int n = digits.length();
    char first = digits.isEmpty() ? '0' : digits.charAt(0);
    return n >= 13 && n <= 19 && first >= '2' && first <= '6' && Checksums.luhn(digits);
  }

  static int acceptIban(CharSequence s, int start, int end) {
    int length = IbanCountries.length(s.subSequence(start, start + 2));
    if (length == 0) {
      return -1;
    }
    StringBuilder compact = new StringBuilder(length);
    boolean spaced = false;
    int i = start;
    while (i < end && compact.length() < length) {
      char c = s.charAt(i);
      if (c == ' ') {
        // printed form: a single space after every group of four
        if (compact.length() % 4 != 0 || (compact.length() > 4 && !spaced)) {
          return -1;
        }
        spaced = true;
      } else {
        if (spaced && compact.length() % 4 == 0 && s.charAt(i - 1) != ' ') {
          return -1;
        }
        compact.append(c);
      }
      i++;
    }
    if (compact.length() != length) {
      return -1;
    }
    if (i < s.length() && Character.isLetterOrDigit(s.charAt(i))) {
      return -1;
    }
    return Checksums.ibanMod97(compact) ? i : -1;
  }
}
