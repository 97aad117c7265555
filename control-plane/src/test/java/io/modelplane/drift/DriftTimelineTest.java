package io.modelplane.drift;

import static io.modelplane.drift.DriftFixture.drift;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.equalTo;

import io.modelplane.drift.DriftFixture.Deployed;
import io.modelplane.drift.service.DriftFlusher;
import io.modelplane.drift.service.DriftIngest;
import io.modelplane.drift.service.DriftRollup;
import io.modelplane.testing.KeycloakResource;
import io.modelplane.testing.PostgresResource;
import io.modelplane.testing.Tokens;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kubernetes.client.KubernetesServerTestResource;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code GET …/drift/timeline}: drift per column and step, from stored profiles. */
@QuarkusTest
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = KeycloakResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = KubernetesServerTestResource.class, scope = TestResourceScope.GLOBAL)
class DriftTimelineTest {

  private static final Instant HOUR =
      Instant.now().truncatedTo(ChronoUnit.HOURS).minus(4, ChronoUnit.HOURS);
  private static Deployed deployed;

  @Inject DriftFixture fixture;
  @Inject DriftIngest ingest;
  @Inject DriftFlusher flusher;
  @Inject DriftRollup rollup;

  @BeforeEach
  void twoHoursOfTrafficTheSecondShifted() {
    if (deployed == null) {
      deployed = fixture.deployWithBaseline();
      ingest.stored("acme", fixture.storeSamples(deployed.id(), HOUR, 1_200, 0.0, 31));
      ingest.stored(
          "acme", fixture.storeSamples(deployed.id(), HOUR.plusSeconds(3600), 1_200, 1.0, 32));
      flusher.flushAll();
      rollup.rollUp();
    }
  }

  @Test
  void shouldShowWhenEachColumnStartedToDrift() {
    // When the two hours are asked for hour by hour
    JsonPath t = timeline(HOUR, HOUR.plusSeconds(7200), "PT1H");

    // Then each step has its samples, f0 drifted only in the second, as the window answer says
    assertThat(t.getString("step")).isEqualTo("PT1H");
    assertThat(t.getList("steps.samples", Long.class)).containsExactly(1_200L, 1_200L);
    assertThat(t.getList("columns.column")).containsExactly("f0", "f1", "f2", "f3", "city");
    assertThat(t.getList("columns.find { it.column == 'f0' }.cells.drifted"))
        .containsExactly(false, true);
    assertThat(t.getList("columns.find { it.column == 'f1' }.cells.drifted"))
        .containsExactly(false, false);
    JsonPath second = drift(deployed.name(), HOUR.plusSeconds(3600), HOUR.plusSeconds(7200));
    assertThat(t.getDouble("columns.find { it.column == 'f0' }.cells[1].value"))
        .isCloseTo(second.getDouble("columns.find { it.column == 'f0' }.value"), within(1e-9));
    assertThat(t.getInt("steps[1].driftedColumns")).isEqualTo(second.getInt("driftedColumns"));
  }

  @Test
  void shouldCutTheWindowIntoShortStepsAndMarkEmptyOnes() {
    // When three hours (the first without traffic) are asked for in 30-minute steps
    JsonPath t = timeline(HOUR.minusSeconds(3600), HOUR.plusSeconds(7200), "30m");

    // Then six steps, the first two without data and their cells empty
    assertThat(t.getList("steps")).hasSize(6);
    assertThat(t.getList("steps.noData")).containsExactly(true, true, false, false, false, false);
    List<Object> f0 = t.getList("columns.find { it.column == 'f0' }.cells.value");
    assertThat(f0.subList(0, 2)).containsOnlyNulls();
    assertThat(f0.subList(2, 6)).doesNotContainNull();
  }

  @ParameterizedTest(name = "{0}={1}")
  @CsvSource({
    "step, 0m",
    "step, PT30S",
    "step, soon",
    "step, 1m",
    "from, yesterday",
    "to, 2026-13-01T00:00:00Z",
  })
  void shouldRefuseBadInputNamingTheField(String field, String value) {
    Map<String, String> query = new HashMap<>();
    query.put("from", HOUR.minus(30, ChronoUnit.DAYS).toString());
    query.put("to", HOUR.toString());
    query.put("step", "1d");
    query.put(field, value);
    var request = given().auth().oauth2(Tokens.user("carol")).queryParams(query);
    request
        .get("/api/v1/tenants/acme/deployments/{d}/drift/timeline", deployed.name())
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors[0].field", equalTo(field));
  }

  private static JsonPath timeline(Instant from, Instant to, String step) {
    return given()
        .auth()
        .oauth2(Tokens.user("carol"))
        .queryParam("from", from.toString())
        .queryParam("to", to.toString())
        .queryParam("step", step)
        .get("/api/v1/tenants/acme/deployments/{d}/drift/timeline", deployed.name())
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }
}
