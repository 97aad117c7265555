package io.modelplane.privacy.scan;

import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A national identifier as configuration describes it: a regular expression for candidates, a named
 * check ({@link IdChecks}) that confirms them, a severity, and the fewest digits a text must hold
 * to be worth matching (0 = always run the expression).
 */
public record NationalIdPattern(
    String id, String regex, Severity severity, String check, int minDigits) {

  public static final NationalIdPattern US_SSN =
      new NationalIdPattern(
          "us_ssn",
          "(?<![\\w-])\\d{3}([- ])\\d{2}\\1\\d{4}(?![\\w-])",
          Severity.HIGH,
          IdChecks.US_SSN,
          9);

  public static final NationalIdPattern DE_TAX_ID =
      new NationalIdPattern(
          "de_tax_id",
          "(?<![\\w-])(?:\\d{11}|\\d{2} \\d{3} \\d{3} \\d{3})(?![\\w-])",
          Severity.HIGH,
          IdChecks.DE_STEUER_ID,
          11);

  public static final NationalIdPattern UK_NINO =
      new NationalIdPattern(
          "uk_nino",
          "(?<![A-Za-z0-9])[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]"
              + "(?: ?\\d{2}){3} ?[A-D](?![A-Za-z0-9])",
          Severity.HIGH,
          IdChecks.UK_NINO,
          6);

  /** Compiles the pattern into a detector; a bad expression or check names the pattern. */
  public Detector detector() {
    Pattern compiled;
    try {
      compiled = Pattern.compile(regex);
    } catch (PatternSyntaxException e) {
      throw new IllegalArgumentException(
          "national id pattern '" + id + "': invalid regex: " + e.getDescription(), e);
    }
    Validator.Check confirm = IdChecks.named(check);
    if (confirm == null) {
      throw new IllegalArgumentException(
          "national id pattern '"
              + id
              + "': unknown check '"
              + check
              + "' (known: "
              + String.join(", ", IdChecks.names())
              + ")");
    }
    Prefilter prefilter = minDigits > 0 ? Prefilter.minDigits(minDigits) : Prefilter.ALWAYS;
    if (regex.equals(US_SSN.regex()) || regex.equals(DE_TAX_ID.regex())) {
      // the shipped expressions match digits with spaces or dashes only: all digits in a row
      prefilter = Prefilter.digitRun(minDigits);
    } else if (regex.equals(UK_NINO.regex())) {
      // two prefix letters and a suffix letter around six digits with optional spaces
      prefilter = (text, p) -> p.upper >= 3 && p.digitRun >= 6;
    }
    return new Detector(
        new EntityType(id, severity), compiled, 0, prefilter, Validator.whole(confirm));
  }
}
