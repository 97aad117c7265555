package io.modelplane.audit.chain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/** Canonical JSON: escaping like PostgreSQL's to_json, keys in code point order, idempotent. */
class JsonTextTest {

  @Test
  void shouldEscapeOnlyWhatJsonRequires() {
    assertThat(string("q\"b\\s/\b\f\n\r\t\u0001\u001fé€😀\u007f"))
        .isEqualTo("\"q\\\"b\\\\s/\\b\\f\\n\\r\\t\\u0001\\u001fé€😀\u007f\"");
  }

  @Test
  void shouldSortKeysByCodePointNotByUtf16() {
    // U+FF61 sorts before U+1F600 by code point, after it by UTF-16 code unit
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("😀", 1);
    m.put("｡", 2);
    m.put("b", List.of("x", true));
    m.put("a", Map.of("z", 1, "y", 2));

    assertThat(canonical(m))
        .isEqualTo("{\"a\":{\"y\":2,\"z\":1},\"b\":[\"x\",true],\"｡\":2,\"😀\":1}");
  }

  @Test
  void shouldKeepNumberTextAsStored() {
    assertThat(reparse("{\"n\": [1, 2.50, -0.001, 12345678901234567890]}"))
        .isEqualTo("{\"n\":[1,2.50,-0.001,12345678901234567890]}");
  }

  @Property(tries = 300)
  void canonicalTextIsStableWhenReparsed(@ForAll Map<String, String> map) {
    String once = canonical(map);

    assertThat(reparse(once)).isEqualTo(once);
  }

  private static String string(String s) {
    Utf8Bytes out = new Utf8Bytes();
    JsonText.string(s, out);
    return text(out);
  }

  private static String canonical(Object value) {
    Utf8Bytes out = new Utf8Bytes();
    JsonText.canonical(value, out);
    return text(out);
  }

  private static String reparse(String json) {
    Utf8Bytes out = new Utf8Bytes();
    JsonText.canonical(json, out);
    return text(out);
  }

  private static String text(Utf8Bytes out) {
    return new String(out.array(), 0, out.length(), StandardCharsets.UTF_8);
  }
}
