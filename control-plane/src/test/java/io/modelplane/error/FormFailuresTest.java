package io.modelplane.error;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;

class FormFailuresTest {

  private static final String PAGE = "http://cp.example/ui/t/acme/deployments/web";

  @Test
  void shouldSendARefusedFormBackToItsPageWithTheMessage() {
    var back =
        FormFailures.backTo(
            "POST", "/ui/t/acme/deployments/web/rollout/abort", PAGE, false, "no rollout & more");

    assertThat(back).contains(URI.create("/ui/t/acme/deployments/web?error=no+rollout+%26+more"));
  }

  @Test
  void shouldReplaceAnEarlierMessageAndKeepOtherParameters() {
    var back =
        FormFailures.backTo(
            "POST", "/ui/t/acme/models", PAGE + "?prefix=a&error=old", false, "new");

    assertThat(back).contains(URI.create("/ui/t/acme/deployments/web?prefix=a&error=new"));
  }

  @Test
  void shouldNeverLeaveTheUiOrTheSite() {
    assertThat(FormFailures.backTo("POST", "/ui/t/acme/x", "https://evil.example/x", false, "m"))
        .isEmpty();
    assertThat(FormFailures.backTo("POST", "/ui/t/acme/x", null, false, "m")).isEmpty();
    assertThat(FormFailures.backTo("POST", "/ui/t/acme/x", "::not a uri", false, "m")).isEmpty();
    assertThat(FormFailures.backTo("POST", "/ui/t/acme/x", "https://evil.example/ui/t", false, "m"))
        .contains(URI.create("/ui/t?error=m"));
  }

  @Test
  void shouldLeaveApiCallsAndHtmxFragmentsTheirProblemAnswer() {
    assertThat(FormFailures.backTo("POST", "/api/v1/tenants/acme/x", PAGE, false, "m")).isEmpty();
    assertThat(FormFailures.backTo("GET", "/ui/t/acme/deployments", PAGE, false, "m")).isEmpty();
    assertThat(FormFailures.backTo("POST", "/ui/tenants", PAGE, true, "m")).isEmpty();
  }
}
