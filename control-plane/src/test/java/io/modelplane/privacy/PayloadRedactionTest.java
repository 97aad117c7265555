package io.modelplane.privacy;

import static io.modelplane.privacy.SampleFixture.marker;
import static io.modelplane.privacy.SampleFixture.request;
import static io.modelplane.privacy.SampleFixture.response;
import static org.assertj.core.api.Assertions.assertThat;

import io.modelplane.privacy.scan.EntityType;
import io.modelplane.privacy.service.PrivacyKeys;
import io.modelplane.testing.KeycloakResource;
import io.modelplane.testing.PostgresResource;
import io.modelplane.testing.Tokens;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kubernetes.client.KubernetesServerTestResource;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Sampled payloads are redacted by the tenant's policy before they reach the database: masked or
 * hashed with the tenant's key, raw only when redaction is off.
 */
@QuarkusTest
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = KeycloakResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = KubernetesServerTestResource.class, scope = TestResourceScope.GLOBAL)
class PayloadRedactionTest {

  private static final String EMAIL = "jane.roe@example.com";
  private static final String CARD = "4242 4242 4242 4242";
  private static String deployment;

  @Inject SampleFixture samples;
  @Inject PrivacyKeys keys;

  @BeforeEach
  void deployment() {
    if (deployment == null) {
      deployment = samples.deployment(Tokens.user("bob"), "acme");
    }
  }

  @AfterEach
  void restorePolicy() {
    PrivacyClient.setPolicy("acme", "{\"redaction\":\"mask\",\"retentionDays\":30}");
  }

  @Test
  void shouldStoreOnlyMaskedValuesWhenRedactionIsMask() {
    // Given acme masks personal data
    PrivacyClient.setPolicy("acme", "{\"redaction\":\"mask\",\"retentionDays\":30}");
    String marker = marker();

    // When an inference with an e-mail and a card number is sampled
    samples.offer(
        "acme",
        deployment,
        request(marker, "mail " + EMAIL + " card " + CARD),
        response("sent to " + EMAIL));

    // Then neither is stored, only their types
    Object[] row = samples.awaitStored("acme", marker);
    assertThat((String) row[0])
        .contains("mail [REDACTED:email] card [REDACTED:payment_card]")
        .doesNotContain(EMAIL, CARD, "4242");
    assertThat((String) row[1]).contains("sent to [REDACTED:email]").doesNotContain(EMAIL);
  }

  @Test
  void shouldStoreKeyedHashesWhenRedactionIsHash() {
    // Given acme hashes personal data
    PrivacyClient.setPolicy("acme", "{\"redaction\":\"hash\",\"retentionDays\":30}");
    String marker = marker();

    // When the same e-mail is sampled in the request and, differently capitalised, in the answer
    samples.offer(
        "acme", deployment, request(marker, "mail " + EMAIL), response("to Jane.Roe@Example.com"));

    // Then both hold the same keyed-hash token (acme's key), never the address
    String token = keys.hasher("acme").token(EntityType.EMAIL, EMAIL);
    assertThat(token).matches("\\[HMAC:email:[0-9a-f]{32}\\]");
    Object[] row = samples.awaitStored("acme", marker);
    assertThat((String) row[0]).contains("mail " + token).doesNotContainIgnoringCase(EMAIL);
    assertThat((String) row[1]).contains("to " + token).doesNotContainIgnoringCase(EMAIL);
    assertThat(keys.hasher("globex").token(EntityType.EMAIL, EMAIL)).isNotEqualTo(token);
  }

  @Test
  void shouldStoreRawPayloadsWhenRedactionIsOff() {
    // Given acme keeps payloads as they are
    PrivacyClient.setPolicy("acme", "{\"redaction\":\"off\",\"retentionDays\":30}");
    String marker = marker();

    // When a payload is sampled
    samples.offer("acme", deployment, request(marker, "mail " + EMAIL), response("ok"));

    // Then it is stored unchanged
    Object[] row = samples.awaitStored("acme", marker);
    assertThat((String) row[0]).contains("mail " + EMAIL);
  }
}
