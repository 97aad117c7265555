package io.modelplane.privacy.scan;

/**
 * A cheap, sound test that a detector cannot match a text: it may answer true for texts without a
 * match, never false for a text with one (the property tests compare with running every detector).
 */
@FunctionalInterface
public interface Prefilter {

  Prefilter ALWAYS = (text, profile) -> true;

  boolean mayMatch(CharSequence text, TextProfile profile);

  static Prefilter minDigits(int n) {
    return (text, p) -> p.digits >= n;
  }

  /** At least {@code n} digits in one stretch of digits and number punctuation. */
  static Prefilter digitRun(int n) {
    return (text, p) -> p.digitRun >= n;
  }

  static Prefilter contains(String needle) {
    return (text, p) -> p.length >= needle.length() && indexOf(text, needle) >= 0;
  }

  /** Whether {@code text} contains {@code needle} (lower-case ASCII) in any case. */
  static boolean containsIgnoreCase(CharSequence text, String needle) {
    int n = needle.length();
    for (int i = 0, last = text.length() - n; i <= last; i++) {
      int j = 0;
      while (j < n && (text.charAt(i + j) | 0x20) == needle.charAt(j)) {
        j++;
      }
      if (j == n) {
        return true;
      }
    }
    return false;
  }

  static int indexOf(CharSequence text, String needle) {
    if (text instanceof String s) {
      return s.indexOf(needle);
    }
    return text.toString().indexOf(needle);
  }
}
