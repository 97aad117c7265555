package io.modelplane.helm;

import static org.assertj.core.api.Assertions.assertThat;

import com.marcnuri.helm.LintResult;
import org.junit.jupiter.api.Test;

/** The chart lints cleanly and renders exactly the reviewed manifests. */
class ChartTemplateTest {

  @Test
  void shouldPassStrictLint() {
    // When
    LintResult result = Chart.lintStrict();

    // Then
    assertThat(result.isFailed()).as(String.join("\n", result.getMessages())).isFalse();
    assertThat(result.getMessages())
        .noneMatch(m -> m.contains("[WARNING]") || m.contains("[ERROR]"));
  }

  @Test
  void shouldRenderTheDefaultValuesAsReviewed() {
    // When
    String manifests = Chart.template();

    // Then
    GoldenManifests.assertMatches("default.yaml", manifests);
  }

  @Test
  void shouldRenderTheProductionValuesAsReviewed() {
    // When
    String manifests = Chart.template(Chart.PRODUCTION_VALUES);

    // Then
    GoldenManifests.assertMatches("production.yaml", manifests);
  }
}
