package io.modelplane.privacy.scan;

/**
 * Character counts of one text, taken in a single pass, that tell which detectors can possibly
 * match it: most cells of a data set (numbers, categories, names) rule out every detector here and
 * never reach a regular expression.
 */
public final class TextProfile {

  int length;
  int digits;
  int upper;
  int at;
  int dots;
  int colons;
  int separators;
  int plus;
  int underscores;
  int equals;
  int dashes;

  /** Re-measures this profile for {@code text}; profiles are reused to avoid allocation. */
  public TextProfile measure(CharSequence text) {
    int d = 0, u = 0, a = 0, dot = 0, col = 0, sep = 0, p = 0, us = 0, eq = 0, dash = 0;
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        d++;
      } else if (c >= 'A' && c <= 'Z') {
        u++;
      } else if (c < 'a' || c > 'z') {
        switch (c) {
          case '@' -> a++;
          case '.' -> dot++;
          case ':' -> col++;
          case '+' -> p++;
          case '_' -> us++;
          case '=' -> eq++;
          case '-' -> dash++;
          case ' ', '/', '(', ')' -> sep++;
          default -> {}
        }
      }
    }
    length = n;
    digits = d;
    upper = u;
    at = a;
    dots = dot;
    colons = col;
    separators = sep;
    plus = p;
    underscores = us;
    equals = eq;
    dashes = dash;
    return this;
  }

  public int digits() {
    return digits;
  }

  public int length() {
    return length;
  }
}
