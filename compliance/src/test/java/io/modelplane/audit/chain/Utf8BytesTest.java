package io.modelplane.audit.chain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/** Numbers and text written without intermediate strings read back as the JDK writes them. */
class Utf8BytesTest {

  @Property(tries = 1000)
  void numbersAreWrittenLikeLongToString(@ForAll long n) {
    Utf8Bytes out = new Utf8Bytes();
    out.number(n);

    assertThat(new String(out.toByteArray(), StandardCharsets.US_ASCII))
        .isEqualTo(Long.toString(n));
  }

  @Property(tries = 300)
  void textIsValidUtf8OfTheSameString(@ForAll String s) {
    Utf8Bytes out = new Utf8Bytes();
    for (int i = 0; i < s.length(); i += Character.charCount(s.codePointAt(i))) {
      out.codePoint(s.codePointAt(i));
    }

    assertThat(new String(out.toByteArray(), StandardCharsets.UTF_8)).isEqualTo(s);
  }
}
