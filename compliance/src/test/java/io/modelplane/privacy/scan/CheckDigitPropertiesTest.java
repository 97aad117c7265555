package io.modelplane.privacy.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Generated identifiers with valid check digits are found; changing any one digit makes them
 * invalid (Luhn, ISO 7064 MOD 97-10 and MOD 11,10 all catch single substitutions), so the detectors
 * must not find the mutant as that type.
 */
class CheckDigitPropertiesTest {

  private static final DetectorSet DETECTORS = DetectorSet.standard();

  @Property
  void shouldFindEveryValidCardNumber(@ForAll("cards") String card) {
    assertThat(types("card " + card + " on file")).containsExactly("payment_card");
  }

  @Property
  void shouldRejectCardWithOneDigitChanged(
      @ForAll("cards") String card,
      @ForAll @IntRange(min = 0, max = 18) int position,
      @ForAll @IntRange(min = 1, max = 9) int delta) {
    String mutant = mutateDigit(card, position % card.length(), delta);

    assertThat(types(mutant)).doesNotContain("payment_card");
  }

  @Property
  void shouldFindEveryValidIban(@ForAll("ibans") String iban) {
    assertThat(types("IBAN: " + iban)).containsExactly("iban");
    assertThat(types(printed(iban))).containsExactly("iban");
  }

  @Property
  void shouldRejectIbanWithOneDigitChanged(
      @ForAll("ibans") String iban,
      @ForAll @IntRange(min = 2, max = 33) int position,
      @ForAll @IntRange(min = 1, max = 9) int delta) {
    int at = 2 + position % (iban.length() - 2);
    if (!Character.isDigit(iban.charAt(at))) {
      at = 2;
    }
    assertThat(types(mutateDigit(iban, at, delta))).doesNotContain("iban");
  }

  @Property
  void shouldFindEveryValidSsn(
      @ForAll @IntRange(min = 1, max = 899) int area,
      @ForAll @IntRange(min = 1, max = 99) int group,
      @ForAll @IntRange(min = 1, max = 9999) int serial) {
    String ssn = "%03d-%02d-%04d".formatted(area, group, serial);
    List<String> expected =
        area == 666 || ssn.equals("078-05-1120") || ssn.equals("219-09-9999")
            ? List.of()
            : List.of("us_ssn");
    assertThat(types("ssn " + ssn)).isEqualTo(expected);
  }

  @Property
  void shouldRejectSsnOutsideTheIssuedRanges(
      @ForAll("invalidAreas") int area,
      @ForAll @IntRange(min = 0, max = 99) int group,
      @ForAll @IntRange(min = 0, max = 9999) int serial) {
    assertThat(types("%03d-%02d-%04d".formatted(area, group, serial))).doesNotContain("us_ssn");
  }

  @Property
  void shouldFindEveryValidSteuerId(@ForAll("steuerIds") String id) {
    assertThat(types("Steuer-ID " + id)).containsExactly("de_tax_id");
  }

  @Property
  void shouldRejectSteuerIdWithOneDigitChanged(
      @ForAll("steuerIds") String id,
      @ForAll @IntRange(min = 0, max = 10) int position,
      @ForAll @IntRange(min = 1, max = 9) int delta) {
    assertThat(types(mutateDigit(id, position, delta))).doesNotContain("de_tax_id");
  }

  @Provide
  Arbitrary<String> cards() {
    Arbitrary<String> prefix = Arbitraries.of("4", "51", "55", "34", "37", "6011", "35", "2221");
    Arbitrary<Integer> length = Arbitraries.of(13, 15, 16, 19);
    return Combinators.combine(prefix, length, Arbitraries.longs())
        .as(
            (p, n, seed) -> {
              StringBuilder body = new StringBuilder(p);
              java.util.Random random = new java.util.Random(seed);
              while (body.length() < n - 1) {
                body.append(random.nextInt(10));
              }
              return body.append(Checksums.luhnCheckDigit(body)).toString();
            });
  }

  @Provide
  Arbitrary<String> ibans() {
    List<Map.Entry<String, Integer>> countries = List.copyOf(IbanCountries.all().entrySet());
    return Combinators.combine(Arbitraries.of(countries), Arbitraries.longs())
        .as(
            (country, seed) -> {
              java.util.Random random = new java.util.Random(seed);
              StringBuilder bban = new StringBuilder();
              while (bban.length() < country.getValue() - 4) {
                bban.append(random.nextInt(10));
              }
              return withCheckDigits(country.getKey(), bban.toString());
            });
  }

  @Provide
  Arbitrary<Integer> invalidAreas() {
    return Arbitraries.oneOf(
        Arbitraries.just(0), Arbitraries.just(666), Arbitraries.integers().between(900, 999));
  }

  /** Ten digits, the first not 0, exactly one digit twice, the rest distinct; then the check. */
  @Provide
  Arbitrary<String> steuerIds() {
    return Arbitraries.shuffle(List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9))
        .flatMap(
            digits ->
                Arbitraries.integers()
                    .between(0, 8)
                    .flatMap(
                        twice ->
                            Arbitraries.integers()
                                .between(0, 9)
                                .map(at -> steuerId(digits, twice, at))))
        .filter(s -> s != null);
  }

  private static String steuerId(List<Integer> shuffled, int repeatIndex, int insertAt) {
    // nine distinct digits, one of them repeated: ten digits with exactly one double
    List<Integer> nine = shuffled.subList(0, 9);
    java.util.ArrayList<Integer> ten = new java.util.ArrayList<>(nine);
    ten.add(Math.min(insertAt, 9), nine.get(repeatIndex));
    StringBuilder b = new StringBuilder();
    ten.forEach(b::append);
    if (b.charAt(0) == '0') {
      return null;
    }
    return b.append(Checksums.iso7064Mod11x10CheckDigit(b)).toString();
  }

  private static String withCheckDigits(String country, String bban) {
    String probe = country + "00" + bban;
    for (int check = 2; check <= 98; check++) {
      String candidate = country + "%02d".formatted(check) + bban;
      if (Checksums.ibanMod97(candidate)) {
        return candidate;
      }
    }
    throw new IllegalStateException("no check digits for " + probe);
  }

  private static String printed(String iban) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < iban.length(); i++) {
      if (i > 0 && i % 4 == 0) {
        b.append(' ');
      }
      b.append(iban.charAt(i));
    }
    return b.toString();
  }

  private static String mutateDigit(String s, int position, int delta) {
    char c = s.charAt(position);
    char replaced = (char) ('0' + (c - '0' + delta) % 10);
    return s.substring(0, position) + replaced + s.substring(position + 1);
  }

  private static List<String> types(String text) {
    return DETECTORS.newMatching().detections(text).stream().map(d -> d.type().id()).toList();
  }
}
