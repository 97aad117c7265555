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

  /**
   * The most digits in one stretch of digits and number punctuation ({@code space . - ( ) / +}):
   * card numbers, phone numbers and national ids need that many in a row; a timestamp or a sentence
   * with numbers here and there does not have them.
   */
  int digitRun;

  /** Whether {@code ::} occurs (an IPv6 literal has it or at least six colons). */
  boolean doubleColon;

  /** Whether two capital letters followed by two digits occur, as an IBAN begins. */
  boolean lettersThenDigits;

  /** Re-measures this profile for {@code text}; profiles are reused to avoid allocation. */
  public TextProfile measure(CharSequence text) {
    int d = 0, u = 0, a = 0, dot = 0, col = 0, sep = 0, p = 0, us = 0, eq = 0, dash = 0;
    int run = 0, maxRun = 0;
    boolean dc = false;
    boolean ld = false;
    char previous = 0;
    int capitals = 0;
    int digitsAfterCapitals = 0;
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        d++;
        if (++run > maxRun) {
          maxRun = run;
        }
        ld |= capitals >= 2 && ++digitsAfterCapitals == 2;
      } else if (c >= 'A' && c <= 'Z') {
        u++;
        run = 0;
        capitals = digitsAfterCapitals > 0 ? 1 : capitals + 1;
        digitsAfterCapitals = 0;
      } else if (c >= 'a' && c <= 'z') {
        run = 0;
        capitals = 0;
        digitsAfterCapitals = 0;
      } else {
        capitals = 0;
        digitsAfterCapitals = 0;
        switch (c) {
          case '@' -> a++;
          case '.' -> dot++;
          case ':' -> {
            col++;
            dc |= previous == ':';
          }
          case '+' -> p++;
          case '_' -> us++;
          case '=' -> eq++;
          case '-' -> dash++;
          case ' ', '/', '(', ')' -> sep++;
          default -> {}
        }
        if (c != ' ' && c != '.' && c != '-' && c != '(' && c != ')' && c != '/' && c != '+') {
          run = 0;
        }
      }
      previous = c;
    }
    digitRun = maxRun;
    doubleColon = dc;
    lettersThenDigits = ld;
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

  public int digitRun() {
    return digitRun;
  }

  public int digits() {
    return digits;
  }

  public int length() {
    return length;
  }
}
