package io.modelplane.audit.service;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Keeps personal data and secrets out of the free text of audit details, which can never be edited
 * once hashed into the log. E-mail addresses become keyed pseudonyms ({@code
 * email:3f2a9c0d1e4b5a69}, HMAC-SHA-256 under the log's pseudonym key, first 8 bytes): the same
 * address always gives the same pseudonym, so an officer can follow one person through the log, and
 * whoever holds the key can check whether a given address is the one meant, but the log alone does
 * not reveal it. Bearer tokens and JWTs become {@code [redacted]}. NUL characters, which PostgreSQL
 * text cannot hold, become U+FFFD.
 */
public final class Pseudonymizer {

  private static final Pattern EMAIL =
      Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");
  private static final Pattern JWT =
      Pattern.compile("eyJ[A-Za-z0-9_-]{4,}\\.[A-Za-z0-9_-]{4,}\\.[A-Za-z0-9_-]*");
  private static final Pattern BEARER =
      Pattern.compile("(?i)\\b(bearer)\\s+[A-Za-z0-9._~+/=-]{8,}");

  private final SecretKeySpec key;

  public Pseudonymizer(byte[] key) {
    this.key = new SecretKeySpec(key.clone(), "HmacSHA256");
  }

  /** The pseudonym of one e-mail address (case-insensitive). */
  public String pseudonym(String email) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      byte[] digest = mac.doFinal(email.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
      return "email:" + HexFormat.of().formatHex(digest, 0, 8);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** {@code text} with e-mail addresses pseudonymised and tokens redacted. */
  public String clean(String text) {
    if (text == null) {
      return null;
    }
    String out = text.replace('\u0000', '\uFFFD');
    out = BEARER.matcher(out).replaceAll("$1 [redacted]");
    out = JWT.matcher(out).replaceAll("[redacted]");
    Matcher m = EMAIL.matcher(out);
    StringBuilder b = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(b, Matcher.quoteReplacement(pseudonym(m.group())));
    }
    m.appendTail(b);
    return b.toString();
  }

  /** A copy of {@code details} with every string (keys included) cleaned. */
  public Map<String, Object> details(Map<String, Object> details) {
    Map<String, Object> out = new LinkedHashMap<>();
    details.forEach((k, v) -> out.put(clean(k), value(v)));
    return out;
  }

  @SuppressWarnings("unchecked")
  private Object value(Object v) {
    return switch (v) {
      case String s -> clean(s);
      case Map<?, ?> m -> details((Map<String, Object>) m);
      case Collection<?> c -> {
        List<Object> items = new ArrayList<>();
        c.forEach(item -> items.add(value(item)));
        yield items;
      }
      case null -> null;
      default -> v;
    };
  }
}
