package io.modelplane.audit.chain;

import java.util.ArrayList;
import java.util.List;

/** A parsed JSON value that writes itself in canonical form (see {@link JsonText}). */
sealed interface JsonValue {

  void write(Utf8Bytes out);

  static JsonValue literal(String token) {
    return new Literal(token);
  }

  /** A number, {@code true}, {@code false} or {@code null}: written as its token text. */
  record Literal(String token) implements JsonValue {
    @Override
    public void write(Utf8Bytes out) {
      out.ascii(token);
    }
  }

  record Str(String value) implements JsonValue {
    @Override
    public void write(Utf8Bytes out) {
      JsonText.string(value, out);
    }
  }

  record Arr(List<JsonValue> items) implements JsonValue {
    @Override
    public void write(Utf8Bytes out) {
      out.ascii('[');
      for (int i = 0; i < items.size(); i++) {
        if (i > 0) {
          out.ascii(',');
        }
        items.get(i).write(out);
      }
      out.ascii(']');
    }
  }

  record Member(String key, JsonValue value) {}

  record Obj(List<Member> members) implements JsonValue {
    @Override
    public void write(Utf8Bytes out) {
      List<Member> sorted = new ArrayList<>(members);
      sorted.sort((a, b) -> byCodePoint(a.key(), b.key()));
      out.ascii('{');
      for (int i = 0; i < sorted.size(); i++) {
        if (i > 0) {
          out.ascii(',');
        }
        JsonText.string(sorted.get(i).key(), out);
        out.ascii(':');
        sorted.get(i).value().write(out);
      }
      out.ascii('}');
    }
  }

  /** Code point order, which is UTF-8 byte order (PostgreSQL's {@code COLLATE "C"}). */
  static int byCodePoint(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      int ca = a.codePointAt(i);
      int cb = b.codePointAt(j);
      if (ca != cb) {
        return Integer.compare(ca, cb);
      }
      i += Character.charCount(ca);
      j += Character.charCount(cb);
    }
    return Integer.compare(a.length() - i, b.length() - j);
  }
}
