package io.modelplane.audit.chain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The JSON text of the canonical form: compact (no whitespace), object keys sorted by Unicode code
 * point, strings escaped exactly as PostgreSQL's {@code to_json(text)} escapes them ({@code \"},
 * {@code \\}, {@code \b \f \n \r \t}, other control characters as lowercase &#92;u00xx, everything
 * else literal UTF-8 — the same as Python's {@code json.dumps(ensure_ascii=False)}), numbers as
 * their token text. The database computes the same text in {@code audit_canonical}.
 */
public final class JsonText {

  private JsonText() {}

  private static final char[] HEX = "0123456789abcdef".toCharArray();

  /** Appends {@code s} as a JSON string, or {@code null}. */
  public static void string(CharSequence s, Utf8Bytes out) {
    if (s == null) {
      out.ascii("null");
      return;
    }
    int n = s.length();
    out.reserve(n + 2);
    out.put((byte) '"');
    int i = 0;
    // the common case: printable ASCII that needs no escape, copied byte for byte
    while (i < n) {
      char c = s.charAt(i);
      if (c < 0x20 || c >= 0x80 || c == '"' || c == '\\') {
        break;
      }
      out.put((byte) c);
      i++;
    }
    for (; i < n; i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.ascii("\\\"");
        case '\\' -> out.ascii("\\\\");
        case '\b' -> out.ascii("\\b");
        case '\f' -> out.ascii("\\f");
        case '\n' -> out.ascii("\\n");
        case '\r' -> out.ascii("\\r");
        case '\t' -> out.ascii("\\t");
        default -> {
          if (c < 0x20) {
            out.ascii("\\u00").ascii(HEX[c >> 4]).ascii(HEX[c & 0xF]);
          } else if (Character.isHighSurrogate(c)
              && i + 1 < n
              && Character.isLowSurrogate(s.charAt(i + 1))) {
            out.codePoint(Character.toCodePoint(c, s.charAt(++i)));
          } else {
            out.codePoint(c);
          }
        }
      }
    }
    out.ascii('"');
  }

  /** Appends the canonical form of a JSON document given as text (e.g. a jsonb column's text). */
  public static void canonical(String json, Utf8Bytes out) {
    if (json == null) {
      out.ascii("null");
    } else if (json.equals("{}")) {
      out.ascii("{}");
    } else {
      new JsonReader(json).document().write(out);
    }
  }

  /** Appends the canonical JSON of plain values: maps, collections, strings, numbers, booleans. */
  public static void canonical(Object value, Utf8Bytes out) {
    of(value).write(out);
  }

  private static JsonValue of(Object value) {
    return switch (value) {
      case null -> JsonValue.literal("null");
      case String s -> new JsonValue.Str(s);
      case Boolean b -> JsonValue.literal(b.toString());
      case Integer i -> JsonValue.literal(i.toString());
      case Long l -> JsonValue.literal(l.toString());
      case Double d when !Double.isFinite(d) -> new JsonValue.Str(d.toString());
      case Float f when !Float.isFinite(f) -> new JsonValue.Str(f.toString());
      case Number n -> JsonValue.literal(new BigDecimal(n.toString()).toPlainString());
      case Map<?, ?> m -> {
        List<JsonValue.Member> members = new ArrayList<>();
        m.forEach((k, v) -> members.add(new JsonValue.Member(String.valueOf(k), of(v))));
        yield new JsonValue.Obj(members);
      }
      case Collection<?> c -> new JsonValue.Arr(c.stream().map(JsonText::of).toList());
      default -> new JsonValue.Str(value.toString());
    };
  }
}
