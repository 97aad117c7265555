package io.modelplane.privacy.scan;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * Credentials that must never sit in data: AWS access key ids, GitHub tokens, generic {@code
 * api_key=…} assignments, PEM private keys and JSON Web Tokens.
 */
final class SecretDetectors {

  private static final Charset UTF8 = StandardCharsets.UTF_8;

  private SecretDetectors() {}

  static Detector privateKey() {
    return Detector.of(
        EntityType.PRIVATE_KEY,
        "-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY-----"
            + "(?:[\\s\\S]*?-----END (?:[A-Z0-9]+ )*PRIVATE KEY-----|[A-Za-z0-9+/=\\s]*)",
        (text, p) -> p.dashes >= 10 && Prefilter.indexOf(text, "-----BEGIN ") >= 0,
        Validator.ANY);
  }

  /** Header and payload must be base64url JSON objects; the header must name an algorithm. */
  static Detector jwt() {
    return Detector.of(
        EntityType.JWT,
        "(?<![A-Za-z0-9_-])eyJ[A-Za-z0-9_-]{5,}\\.eyJ[A-Za-z0-9_-]{2,}\\.[A-Za-z0-9_-]*"
            + "(?![A-Za-z0-9_.-])",
        (text, p) -> p.dots >= 2 && p.length >= 15 && Prefilter.indexOf(text, "eyJ") >= 0,
        Validator.whole(SecretDetectors::jwtHeader));
  }

  static Detector awsAccessKey() {
    return Detector.of(
        EntityType.AWS_ACCESS_KEY,
        "(?<![A-Za-z0-9])(?:AKIA|ASIA)[A-Z0-9]{16}(?![A-Za-z0-9])",
        (text, p) -> p.upper >= 4 && (Prefilter.indexOf(text, "AKIA") >= 0 || has(text, "ASIA")),
        Validator.ANY);
  }

  static Detector githubToken() {
    return Detector.of(
        EntityType.GITHUB_TOKEN,
        "(?<![A-Za-z0-9_])(?:gh[pousr]_[A-Za-z0-9]{36}|github_pat_[A-Za-z0-9_]{82})"
            + "(?![A-Za-z0-9_])",
        (text, p) -> p.underscores > 0 && p.length >= 40 && has(text, "gh"),
        Validator.ANY);
  }

  /** The value of an assignment to a key-like name; the value is the secret. */
  static Detector apiKey() {
    return new Detector(
        EntityType.API_KEY,
        Pattern.compile(
            "(?i)(?<![A-Za-z0-9])(?:api[_-]?key|api[_-]?secret|secret[_-]?key|access[_-]?token"
                + "|auth[_-]?token|client[_-]?secret|private[_-]?token)[\"']?\\s*[:=]\\s*[\"']?"
                + "([A-Za-z0-9_\\-.+/=]{12,})"),
        1,
        (text, p) ->
            p.equals + p.colons > 0
                && p.length >= 18
                && (Prefilter.containsIgnoreCase(text, "key")
                    || Prefilter.containsIgnoreCase(text, "secret")
                    || Prefilter.containsIgnoreCase(text, "token")),
        Validator.ANY);
  }

  private static boolean has(CharSequence text, String needle) {
    return Prefilter.indexOf(text, needle) >= 0;
  }

  private static boolean jwtHeader(CharSequence token) {
    String s = token.toString();
    int dot = s.indexOf('.');
    try {
      String header = new String(Base64.getUrlDecoder().decode(s.substring(0, dot)), UTF8);
      String payload =
          new String(
              Base64.getUrlDecoder().decode(s.substring(dot + 1, s.indexOf('.', dot + 1))), UTF8);
      return header.startsWith("{")
          && header.contains("\"alg\"")
          && payload.startsWith("{")
          && payload.stripTrailing().endsWith("}");
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
