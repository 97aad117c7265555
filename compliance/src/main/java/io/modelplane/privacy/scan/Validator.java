package io.modelplane.privacy.scan;

/**
 * Confirms a candidate a detector's expression matched: check digits, number ranges, formats an
 * expression cannot say.
 */
@FunctionalInterface
public interface Validator {

  /** Accepts everything the expression matched. */
  Validator ANY = (text, start, end) -> end;

  /**
   * @return the end of the accepted entity ({@code <= end}; shorter when only a prefix of the match
   *     is valid, e.g. a card number followed by another group of digits), or -1
   */
  int accept(CharSequence text, int start, int end);

  /** A validator that accepts the whole candidate or nothing. */
  static Validator whole(Check check) {
    return (text, start, end) -> check.test(text.subSequence(start, end)) ? end : -1;
  }

  /** A yes/no rule over the candidate's text. */
  @FunctionalInterface
  interface Check {
    boolean test(CharSequence candidate);
  }
}
