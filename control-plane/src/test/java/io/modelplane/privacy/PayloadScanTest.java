package io.modelplane.privacy;

import static io.modelplane.privacy.PrivacyClient.finished;
import static io.modelplane.privacy.PrivacyClient.startScan;
import static io.modelplane.privacy.SampleFixture.marker;
import static io.modelplane.privacy.SampleFixture.request;
import static io.modelplane.privacy.SampleFixture.response;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.modelplane.testing.KeycloakResource;
import io.modelplane.testing.PostgresResource;
import io.modelplane.testing.Tokens;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kubernetes.client.KubernetesServerTestResource;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Scans of a deployment's sampled payloads report tensors by name, requests and answers apart. */
@QuarkusTest
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = KeycloakResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = KubernetesServerTestResource.class, scope = TestResourceScope.GLOBAL)
class PayloadScanTest {

  @Inject SampleFixture samples;

  @AfterEach
  void restorePolicy() {
    PrivacyClient.setPolicy("acme", "{\"redaction\":\"mask\",\"retentionDays\":30}");
  }

  @Test
  void shouldCountPiiInSampledRequestsAndAnswersOfTheWindow() {
    // Given raw samples of a new deployment: two requests with an e-mail, one answer with a card
    PrivacyClient.setPolicy("acme", "{\"redaction\":\"off\",\"retentionDays\":30}");
    String deployment = samples.deployment(Tokens.user("bob"), "acme");
    String[] markers = {marker(), marker(), marker()};
    samples.offer("acme", deployment, request(markers[0], "from a@example.com"), response("ok"));
    samples.offer("acme", deployment, request(markers[1], "cc b@example.com"), response("ok"));
    samples.offer(
        "acme", deployment, request(markers[2], "pay"), response("card 4242 4242 4242 4242"));
    for (String m : markers) {
      samples.awaitStored("acme", m);
    }

    // When the last hour of its payloads is scanned
    String location =
        startScan(
                Tokens.user("bob"),
                "acme",
                "{\"target\":{\"type\":\"payloads\",\"deployment\":\"%s\",\"window\":\"1h\"}}"
                    .formatted(deployment))
            .then()
            .statusCode(202)
            .extract()
            .header("Location");

    // Then each sample was read and each finding is located in its tensor
    JsonPath scan = finished(Tokens.user("bob"), location).jsonPath();
    assertThat(scan.getString("status")).isEqualTo("succeeded");
    assertThat(scan.getLong("records")).isEqualTo(3);
    assertThat(scan.getList("findings", Map.class))
        .extracting(f -> f.get("location"), f -> f.get("entity"), f -> f.get("count"))
        .containsExactlyInAnyOrder(
            tuple("request.inputs[text].data[*]", "email", 2),
            tuple("response.outputs[label].data[*]", "payment_card", 1));
  }
}
