package io.modelplane.audit.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** No e-mail address, token or NUL reaches the immutable log in clear. */
class PseudonymizerTest {

  private final Pseudonymizer p = new Pseudonymizer("k".repeat(32).getBytes());

  @Test
  void shouldReplaceAnAddressByTheSamePseudonymEveryTime() {
    String a = p.clean("user Jane.Doe@Example.org not found");
    String b = p.clean("jane.doe@example.org");

    assertThat(a).doesNotContain("@").startsWith("user email:").endsWith(" not found");
    assertThat(b).isEqualTo(a.substring(5, a.length() - 10));
  }

  @Test
  void shouldGiveDifferentPseudonymsUnderAnotherKey() {
    Pseudonymizer other = new Pseudonymizer("x".repeat(32).getBytes());

    assertThat(other.pseudonym("a@b.io")).isNotEqualTo(p.pseudonym("a@b.io"));
  }

  @Test
  void shouldRedactTokens() {
    String jwt = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl";

    assertThat(p.clean("Authorization: Bearer abcdefghijkl"))
        .isEqualTo("Authorization: Bearer [redacted]");
    assertThat(p.clean("token " + jwt + " rejected")).isEqualTo("token [redacted] rejected");
  }

  @Test
  void shouldCleanNestedDetailsAndKeepEverythingElse() {
    Map<String, Object> details =
        Map.of(
            "failure", "x\u0000y", "to", List.of("a@b.io", 3), "n", 5, "m", Map.of("k", "c@d.io"));

    Map<String, Object> clean = p.details(details);

    assertThat(clean.get("failure")).isEqualTo("x\uFFFDy");
    assertThat(clean.get("to")).isEqualTo(List.of(p.pseudonym("a@b.io"), 3));
    assertThat(clean.get("n")).isEqualTo(5);
    assertThat(clean.get("m")).isEqualTo(Map.of("k", p.pseudonym("c@d.io")));
  }
}
