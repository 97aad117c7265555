package io.modelplane.drift;

import static io.modelplane.drift.DriftFixture.drift;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

import io.modelplane.deployment.persistence.PayloadSample;
import io.modelplane.drift.DriftFixture.Deployed;
import io.modelplane.drift.service.DriftFlusher;
import io.modelplane.drift.service.DriftIngest;
import io.modelplane.drift.service.DriftRollup;
import io.modelplane.gateway.Gateway;
import io.modelplane.gateway.PayloadSampler;
import io.modelplane.gateway.Route;
import io.modelplane.testing.KeycloakResource;
import io.modelplane.testing.PostgresResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kubernetes.client.KubernetesServerTestResource;
import io.restassured.path.json.JsonPath;
import io.vertx.core.buffer.Buffer;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Drift answered from window profiles built at ingest gives what re-profiling the raw samples
 * gives: same verdicts, same values (within 0.01; exactly, for windows whose profiles keep every
 * value), whether the minutes come from one replica's flush or several, or from hourly roll-ups.
 */
@QuarkusTest
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = KeycloakResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = KubernetesServerTestResource.class, scope = TestResourceScope.GLOBAL)
class DriftStoreTest {

  private static final Instant HOUR =
      Instant.now().truncatedTo(ChronoUnit.HOURS).minus(6, ChronoUnit.HOURS);

  @Inject DriftFixture fixture;
  @Inject DriftIngest ingest;
  @Inject DriftFlusher flusher;
  @Inject DriftRollup rollup;
  @Inject PayloadSampler sampler;
  @Inject io.modelplane.persistence.TenantWork tenantWork;
  @Inject io.modelplane.privacy.persistence.PayloadSampleStore store;
  @Inject com.fasterxml.jackson.databind.ObjectMapper json;

  @Test
  void shouldAnswerFromProfilesTheSamplerBuiltAsTheRawSamplesDo() throws Exception {
    // Given a deployment whose gateway sampler stores 300 shifted requests
    Deployed d = fixture.deployWithBaseline();
    Instant from = Instant.now().truncatedTo(ChronoUnit.MINUTES).minus(2, ChronoUnit.MINUTES);
    Route route = new Route(d.id(), "acme", d.name(), 1.0, List.of());
    Random random = new Random(3);
    for (int i = 0; i < 300; i++) {
      Buffer body = Buffer.buffer(json.writeValueAsBytes(DriftFixture.request(random, 1.0)));
      Gateway.Answer answer = new Gateway.Answer(200, Buffer.buffer("{\"outputs\":[]}"), 1, "r0");
      sampler.offer(route, answer, body, -1, 1_000_000);
    }
    Instant to = Instant.now().truncatedTo(ChronoUnit.MINUTES).plus(2, ChronoUnit.MINUTES);

    // When its minutes are flushed and the window is asked for
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () -> {
              flusher.flushAll();
              return drift(d.name(), from, to).getLong("storedSamples") == 300;
            });
    JsonPath stored = drift(d.name(), from, to);
    // and again with the stored profiles gone, so from the samples alone
    fixture.forgetProfiles(d.id());
    JsonPath raw = drift(d.name(), from, to);

    // Then both answers agree and the stored one read no sample
    assertThat(raw.getLong("storedSamples")).isZero();
    assertThat(stored.getLong("samples")).isEqualTo(raw.getLong("samples")).isEqualTo(300);
    assertSameDrift(stored, raw);
    assertThat(stored.getList("columns.findAll { it.drifted }.column")).contains("f0", "city");
  }

  @Test
  void shouldMergeSeveralReplicasMinutesAndHourRollUpsToTheRawAnswer() {
    // Given an hour of 3,000 stored samples, f0 and city shifted; the raw answer first
    Deployed d = fixture.deployWithBaseline();
    List<PayloadSample> samples = fixture.storeSamples(d.id(), HOUR, 3_000, 0.8, 21);
    JsonPath raw = drift(d.name(), HOUR, HOUR.plusSeconds(3600));

    // When one replica profiles all of them
    ingest.stored("acme", samples);
    flusher.flushAll();
    JsonPath one = drift(d.name(), HOUR, HOUR.plusSeconds(3600));
    // and when two replicas each profile every other sample and flush their own rows
    fixture.forgetProfiles(d.id());
    ingest.stored("acme", every(samples, 0));
    flusher.flushAll();
    ingest.stored("acme", every(samples, 1));
    flusher.flushAll();
    JsonPath two = drift(d.name(), HOUR, HOUR.plusSeconds(3600));
    // and when the leader has rolled their minutes up into the hour
    rollup.rollUp();
    JsonPath hour = drift(d.name(), HOUR, HOUR.plusSeconds(3600));

    // Then every answer is the raw one, all three from stored profiles only
    assertThat(raw.getLong("storedSamples")).isZero();
    for (JsonPath stored : List.of(one, two, hour)) {
      assertThat(stored.getLong("storedSamples")).isEqualTo(3_000);
      assertSameDrift(stored, raw);
    }
    assertThat(fixture.storedRows(d.id(), "minute")).isGreaterThanOrEqualTo(120);
    assertThat(fixture.storedRows(d.id(), "hour")).isEqualTo(1);
    assertThat(raw.getList("columns.findAll { it.drifted }.column")).contains("f0", "city");
  }

  @Test
  void shouldForgetTheProfilesBuiltFromAnErasedSample() {
    // Given an hour of samples profiled by minute and rolled up into the hour
    Deployed d = fixture.deployWithBaseline();
    List<PayloadSample> samples = fixture.storeSamples(d.id(), HOUR, 600, 0.8, 5);
    ingest.stored("acme", samples);
    flusher.flushAll();
    rollup.rollUp();
    long minutes = fixture.storedRows(d.id(), "minute");
    assertThat(fixture.storedRows(d.id(), "hour")).isEqualTo(1);

    // When one sample is erased (the erasure request's delete)
    PayloadSample erased = samples.getFirst();
    Instant minute = erased.sampledAt.truncatedTo(ChronoUnit.MINUTES);
    long sameMinute =
        samples.stream()
            .filter(p -> p.sampledAt.truncatedTo(ChronoUnit.MINUTES).equals(minute))
            .count();
    tenantWork.run("acme", () -> store.delete("acme", d.id(), List.of(erased.id)));

    // Then no stored profile holds it any more: its minute and its hour are gone, the rest kept,
    // and the answer is the raw one over the samples that are left
    assertThat(fixture.storedRows(d.id(), "hour")).isZero();
    assertThat(fixture.storedRows(d.id(), "minute")).isEqualTo(minutes - 1);
    JsonPath after = drift(d.name(), HOUR, HOUR.plusSeconds(3600));
    assertThat(after.getLong("storedSamples")).isEqualTo(600 - sameMinute);
    fixture.forgetProfiles(d.id());
    assertSameDrift(after, drift(d.name(), HOUR, HOUR.plusSeconds(3600)));
  }

  @Test
  void shouldReprofileWhatStoredMinutesDoNotAccountFor() {
    // Given an hour of samples of which only the first half was profiled at ingest
    Deployed d = fixture.deployWithBaseline();
    List<PayloadSample> samples = fixture.storeSamples(d.id(), HOUR, 1_200, 0.0, 22);
    JsonPath raw = drift(d.name(), HOUR, HOUR.plusSeconds(3600));
    ingest.stored("acme", samples.subList(0, 600));
    flusher.flushAll();

    // When the hour is asked for
    JsonPath mixed = drift(d.name(), HOUR, HOUR.plusSeconds(3600));

    // Then half comes from stored minutes, the rest from samples, and the answer is the same
    assertThat(mixed.getLong("samples")).isEqualTo(1_200);
    assertThat(mixed.getLong("storedSamples")).isBetween(590L, 600L);
    assertSameDrift(mixed, raw);
  }

  private static List<PayloadSample> every(List<PayloadSample> all, int offset) {
    return java.util.stream.IntStream.range(0, all.size())
        .filter(i -> i % 2 == offset)
        .mapToObj(all::get)
        .toList();
  }

  private static void assertSameDrift(JsonPath actual, JsonPath expected) {
    assertThat(actual.getBoolean("datasetDrift")).isEqualTo(expected.getBoolean("datasetDrift"));
    List<Map<String, Object>> a = actual.getList("columns");
    List<Map<String, Object>> e = expected.getList("columns");
    assertThat(a).hasSameSizeAs(e).isNotEmpty();
    for (int i = 0; i < e.size(); i++) {
      assertThat(a.get(i).get("column")).isEqualTo(e.get(i).get("column"));
      assertThat(a.get(i).get("statistic")).isEqualTo(e.get(i).get("statistic"));
      assertThat(a.get(i).get("drifted")).isEqualTo(e.get(i).get("drifted"));
      assertThat(((Number) a.get(i).get("value")).doubleValue())
          .as("%s", e.get(i).get("column"))
          .isCloseTo(((Number) e.get(i).get("value")).doubleValue(), within(0.01));
    }
  }
}
