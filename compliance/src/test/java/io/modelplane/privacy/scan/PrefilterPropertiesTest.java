package io.modelplane.privacy.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The prefilters only skip work: on any text — random characters mixed with real entities and their
 * look-alikes — matching with them finds exactly what running every expression finds.
 */
class PrefilterPropertiesTest {

  private static final DetectorSet DETECTORS = DetectorSet.standard();

  @Property(tries = 5000)
  void shouldFindTheSameWithAndWithoutPrefilters(@ForAll("texts") String text) {
    Matching matching = DETECTORS.newMatching();
    List<String> filtered = new ArrayList<>();
    List<String> unfiltered = new ArrayList<>();

    matching.find(text, (type, t, start, end) -> filtered.add(type.id() + "@" + start + "-" + end));
    matching.findUnfiltered(
        text, (type, t, start, end) -> unfiltered.add(type.id() + "@" + start + "-" + end));

    assertThat(filtered).isEqualTo(unfiltered);
  }

  @Provide
  Arbitrary<String> texts() {
    Arbitrary<String> fragments =
        Arbitraries.oneOf(
            Arbitraries.strings().withChars("0123456789 .-+()/:@=_AKIAghpeyJ").ofMaxLength(12),
            Arbitraries.strings().alpha().numeric().ofMaxLength(8),
            Arbitraries.of(
                "j.doe@example.com",
                "+1 415 555 2671",
                "(415) 555-2671",
                "020 7946 0958",
                "4242 4242 4242 4242",
                "DE89 3704 0044 0532 0130 00",
                "192.168.0.1",
                "2001:db8::1",
                "123-45-6789",
                "86095742719",
                "AB 12 34 56 C",
                "AKIAIOSFODNN7EXAMPLE",
                "api_key=abcdefghijklmnopq",
                "-----BEGIN PRIVATE KEY-----",
                "eyJhbGciOiJub25lIn0.eyJzdWIiOiIxIn0.",
                "2024-01-15T10:22:33Z",
                "1:2:3:4:5:6:7:8",
                "::ffff:10.0.0.1",
                "fe80::1",
                "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.sig",
                "eyJhbGciOiJub25lIn0.eyJ9.",
                "client_secret: abcdefghijklmnop",
                "TOKEN=ABCDEFGHIJKLMNOP",
                "ghp_0123456789abcdefghijABCDEFGHIJ012345",
                "-----BEGIN EC PRIVATE KEY-----",
                "-----END EC PRIVATE KEY-----",
                "+49 (30) 1234 5678",
                "0171/1234567",
                "5555-5555-5555-4444",
                "86 095 742 719",
                " ",
                ", "));
    return fragments.list().ofMaxSize(8).map(parts -> String.join("", parts));
  }
}
