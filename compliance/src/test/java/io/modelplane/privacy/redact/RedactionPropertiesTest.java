package io.modelplane.privacy.redact;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelplane.privacy.scan.Checksums;
import io.modelplane.privacy.scan.DetectorSet;
import io.modelplane.privacy.scan.EntityType;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Whatever the value and the text around it, redaction and examples never give the value away. */
class RedactionPropertiesTest {

  private static final DetectorSet DETECTORS = DetectorSet.standard();
  private static final byte[] KEY =
      "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.UTF_8);

  @Property
  void shouldNeverLeakTheValueInMaskedOrHashedText(
      @ForAll("values") String value,
      @ForAll("filler") String before,
      @ForAll("filler") String after) {
    String text = before + " " + value + " " + after;

    for (RedactionMode mode : new RedactionMode[] {RedactionMode.MASK, RedactionMode.HASH}) {
      TextRedactor redactor = new TextRedactor(DETECTORS, mode, new KeyedHasher(KEY));
      String redacted = redactor.redact(text);
      assertThat(redacted).as(mode.id()).doesNotContain(value);
      assertThat(redacted).as(mode.id()).startsWith(before).endsWith(after);
    }
  }

  @Property
  void shouldKeepAtMostFourCharactersOfAValueInExamples(@ForAll("values") String value) {
    EntityType type = DETECTORS.newMatching().detections(value).getFirst().type();

    String example = Masks.mask(type, value);

    assertThat(example).doesNotContain(value);
    long kept = 0;
    for (int i = 0; i < Math.min(example.length(), value.length()); i++) {
      if (Character.isLetterOrDigit(value.charAt(i)) && example.charAt(i) == value.charAt(i)) {
        kept++;
      }
    }
    long alphanumerics = value.chars().filter(Character::isLetterOrDigit).count();
    assertThat(kept).isLessThanOrEqualTo(Math.min(6, alphanumerics / 2));
  }

  @Property
  void shouldHashTheSameValueToTheSameTokenHoweverItIsWritten(@ForAll("cardDigits") String digits) {
    KeyedHasher hasher = new KeyedHasher(KEY);
    String spaced = digits.replaceAll("(\\d{4})(?=\\d)", "$1 ");

    assertThat(hasher.token(EntityType.PAYMENT_CARD, spaced))
        .isEqualTo(hasher.token(EntityType.PAYMENT_CARD, digits));
  }

  @Provide
  Arbitrary<String> values() {
    Arbitrary<String> names =
        Arbitraries.strings().withCharRange('a', 'z').ofMinLength(2).ofMaxLength(10);
    Arbitrary<String> emails =
        Combinators.combine(names, names).as((user, host) -> user + "@" + host + ".com");
    Arbitrary<String> ssns =
        Combinators.combine(
                Arbitraries.integers().between(1, 665),
                Arbitraries.integers().between(1, 99),
                Arbitraries.integers().between(1, 9999))
            .as((a, g, s) -> "%03d-%02d-%04d".formatted(a, g, s));
    Arbitrary<String> phones =
        Arbitraries.strings().numeric().ofLength(9).map(d -> "+44 " + d.charAt(0) + "0 " + d);
    return Arbitraries.oneOf(emails, cardDigits(), ssns, phones);
  }

  @Provide
  Arbitrary<String> cardDigits() {
    return Arbitraries.strings()
        .numeric()
        .ofLength(14)
        .map(d -> "4" + d)
        .map(d -> d + Checksums.luhnCheckDigit(d));
  }

  @Provide
  Arbitrary<String> filler() {
    return Arbitraries.strings().withChars("abc XYZ,.;").ofMaxLength(10);
  }
}
