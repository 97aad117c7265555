package io.modelplane.audit.chain;

import java.util.ArrayList;
import java.util.List;

/** A small strict JSON parser for the canonical form; numbers keep their token text. */
final class JsonReader {

  private final String s;
  private int pos;

  JsonReader(String s) {
    this.s = s;
  }

  JsonValue document() {
    JsonValue v = value();
    skipSpace();
    if (pos != s.length()) {
      throw error("trailing characters");
    }
    return v;
  }

  private JsonValue value() {
    skipSpace();
    if (pos >= s.length()) {
      throw error("unexpected end");
    }
    char c = s.charAt(pos);
    return switch (c) {
      case '{' -> object();
      case '[' -> array();
      case '"' -> new JsonValue.Str(string());
      case 't' -> keyword("true");
      case 'f' -> keyword("false");
      case 'n' -> keyword("null");
      default -> number();
    };
  }

  private JsonValue object() {
    pos++;
    List<JsonValue.Member> members = new ArrayList<>();
    skipSpace();
    if (peek() == '}') {
      pos++;
      return new JsonValue.Obj(members);
    }
    while (true) {
      skipSpace();
      if (peek() != '"') {
        throw error("expected a key");
      }
      String key = string();
      skipSpace();
      expect(':');
      members.add(new JsonValue.Member(key, value()));
      skipSpace();
      if (peek() == ',') {
        pos++;
      } else {
        expect('}');
        return new JsonValue.Obj(members);
      }
    }
  }

  private JsonValue array() {
    pos++;
    List<JsonValue> items = new ArrayList<>();
    skipSpace();
    if (peek() == ']') {
      pos++;
      return new JsonValue.Arr(items);
    }
    while (true) {
      items.add(value());
      skipSpace();
      if (peek() == ',') {
        pos++;
      } else {
        expect(']');
        return new JsonValue.Arr(items);
      }
    }
  }

  private String string() {
    pos++;
    StringBuilder b = new StringBuilder();
    while (true) {
      if (pos >= s.length()) {
        throw error("unterminated string");
      }
      char c = s.charAt(pos++);
      if (c == '"') {
        return b.toString();
      }
      if (c != '\\') {
        b.append(c);
        continue;
      }
      char e = s.charAt(pos++);
      switch (e) {
        case '"', '\\', '/' -> b.append(e);
        case 'b' -> b.append('\b');
        case 'f' -> b.append('\f');
        case 'n' -> b.append('\n');
        case 'r' -> b.append('\r');
        case 't' -> b.append('\t');
        case 'u' -> {
          b.append((char) Integer.parseInt(s.substring(pos, pos + 4), 16));
          pos += 4;
        }
        default -> throw error("bad escape \\" + e);
      }
    }
  }

  private JsonValue keyword(String word) {
    if (!s.startsWith(word, pos)) {
      throw error("unexpected token");
    }
    pos += word.length();
    return JsonValue.literal(word);
  }

  private JsonValue number() {
    int start = pos;
    while (pos < s.length() && "+-0123456789.eE".indexOf(s.charAt(pos)) >= 0) {
      pos++;
    }
    if (start == pos) {
      throw error("unexpected character");
    }
    return JsonValue.literal(s.substring(start, pos));
  }

  private void skipSpace() {
    while (pos < s.length() && " \t\r\n".indexOf(s.charAt(pos)) >= 0) {
      pos++;
    }
  }

  private char peek() {
    return pos < s.length() ? s.charAt(pos) : '\0';
  }

  private void expect(char c) {
    if (peek() != c) {
      throw error("expected '" + c + "'");
    }
    pos++;
  }

  private IllegalArgumentException error(String what) {
    return new IllegalArgumentException("invalid JSON at " + pos + ": " + what);
  }
}
