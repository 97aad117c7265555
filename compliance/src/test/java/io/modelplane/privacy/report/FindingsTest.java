package io.modelplane.privacy.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelplane.privacy.scan.DetectorSet;
import io.modelplane.privacy.scan.Severity;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FindingsTest {

  @Test
  void shouldCountEveryOccurrencePerLocationWithMaskedExamples() {
    // Given a scan keeping two examples
    Findings findings = new Findings(DetectorSet.standard(), 2);

    // When values of two columns are scanned
    findings.cell("contact", "ann@example.com");
    findings.cell("contact", "bob@example.org, cy@example.net");
    findings.cell("contact", "call +44 20 7946 0958");
    findings.cell("card", "4242 4242 4242 4242");
    findings.cell("card", "n/a");

    // Then counts are exact, per column and entity, and examples are masked
    assertThat(findings.values()).isEqualTo(5);
    assertThat(findings.list())
        .containsExactly(
            new Finding(
                "card", "payment_card", Severity.HIGH, 1, java.util.List.of("**** **** **** 4242")),
            new Finding(
                "contact",
                "email",
                Severity.MEDIUM,
                3,
                java.util.List.of("a***@e***.com", "b***@e***.org")),
            new Finding(
                "contact", "phone", Severity.MEDIUM, 1, java.util.List.of("+** ** **** **58")));
    assertThat(findings.totals()).isEqualTo(Map.of("email", 3L, "payment_card", 1L, "phone", 1L));
  }

  @Test
  void shouldOnlyLookForRequestedTypes() {
    Findings findings = new Findings(DetectorSet.standard().only(Set.of("phone")), 5);

    findings.cell("c", "ann@example.com +44 20 7946 0958");

    assertThat(findings.totals()).isEqualTo(Map.of("phone", 1L));
  }
}
