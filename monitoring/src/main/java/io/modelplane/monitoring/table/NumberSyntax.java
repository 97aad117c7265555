package io.modelplane.monitoring.table;

/**
 * Recognises number literals in text cells without throwing: a categorical column of a million rows
 * must not cost a million {@link NumberFormatException}s.
 */
final class NumberSyntax {

  /** What a cell holds when it is not a number. */
  static final double NOT_A_NUMBER_LITERAL = Double.NaN;

  private NumberSyntax() {}

  /** True for NaN, inf, infinity (any case, optional sign): counted as non-finite numbers. */
  static boolean isNonFiniteLiteral(String s) {
    String t = s.startsWith("-") || s.startsWith("+") ? s.substring(1) : s;
    return t.equalsIgnoreCase("nan") || t.equalsIgnoreCase("inf") || t.equalsIgnoreCase("infinity");
  }

  /** Decimal syntax: [sign] digits [. digits] [e [sign] digits], at least one digit. */
  static boolean isDecimal(String s) {
    int i = 0;
    int n = s.length();
    if (i < n && (s.charAt(i) == '-' || s.charAt(i) == '+')) {
      i++;
    }
    int digits = 0;
    while (i < n && isDigit(s.charAt(i))) {
      i++;
      digits++;
    }
    if (i < n && s.charAt(i) == '.') {
      i++;
      while (i < n && isDigit(s.charAt(i))) {
        i++;
        digits++;
      }
    }
    if (digits == 0) {
      return false;
    }
    if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
      i++;
      if (i < n && (s.charAt(i) == '-' || s.charAt(i) == '+')) {
        i++;
      }
      int exp = 0;
      while (i < n && isDigit(s.charAt(i))) {
        i++;
        exp++;
      }
      if (exp == 0) {
        return false;
      }
    }
    return i == n;
  }

  /** Formats a number as a category label: integral values without a trailing ".0". */
  static String label(double v) {
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return Long.toString((long) v);
    }
    return Double.toString(v);
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
