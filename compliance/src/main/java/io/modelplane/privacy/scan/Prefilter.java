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

  static Prefilter contains(String needle) {
    return (text, p) -> p.length >= needle.length() && indexOf(text, needle) >= 0;
  }

  static int indexOf(CharSequence text, String needle) {
    if (text instanceof String s) {
      return s.indexOf(needle);
    }
    return text.toString().indexOf(needle);
  }
}
