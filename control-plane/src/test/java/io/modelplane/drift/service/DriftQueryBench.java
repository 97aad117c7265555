package io.modelplane.drift.service;

import static io.restassured.RestAssured.given;

import io.modelplane.deployment.persistence.PayloadSample;
import io.modelplane.deployment.service.DeploymentQueries;
import io.modelplane.drift.service.DriftTargets.Target;
import io.modelplane.monitoring.drift.ColumnDrift;
import io.modelplane.monitoring.drift.DriftEvaluator;
import io.modelplane.monitoring.drift.DriftReport;
import io.modelplane.persistence.TenantWork;
import io.modelplane.testing.KeycloakResource;
import io.modelplane.testing.PostgresResource;
import io.modelplane.testing.RegistryClient;
import io.modelplane.testing.TestArtifacts;
import io.modelplane.testing.Tokens;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kubernetes.client.KubernetesServerTestResource;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The control plane's drift query path against the real database, old way and new in one run: an
 * hour of sampled OIP requests with 50 numeric features (6 shifted), answered (1) by re-profiling
 * the raw samples (what {@code GET …/drift} did before: read the JSON, profile in chunks of 2,000,
 * evaluate), (2) from the 60 minute profiles the sampler's ingest stored (plus the index-only count
 * that checks them), (3) from the leader's hourly roll-up. Prints times per round, the ratios and
 * the largest difference between the answers. Not a test: surefire runs only {@code *Test} and
 * {@code *IT}, and this class also needs {@code -Dbench=true}:
 *
 * <pre>
 * ./mvnw -B -o -pl control-plane -am verify -Dtest=DriftQueryBench -Dbench=true \
 *     -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=NONE -Dfailsafe.failIfNoSpecifiedTests=false
 * </pre>
 *
 * Options: {@code -Dbench.perMinute=1000 -Dbench.rounds=3}.
 */
@QuarkusTest
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = KeycloakResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = KubernetesServerTestResource.class, scope = TestResourceScope.GLOBAL)
@EnabledIfSystemProperty(named = "bench", matches = "true")
class DriftQueryBench {

  private static final int COLUMNS = 50;
  private static final int PER_MINUTE = Integer.getInteger("bench.perMinute", 1000);
  private static final int ROUNDS = Integer.getInteger("bench.rounds", 3);
  private static final Instant HOUR =
      Instant.now().truncatedTo(ChronoUnit.HOURS).minus(3, ChronoUnit.HOURS);

  @Inject TenantWork tenantWork;
  @Inject DeploymentQueries queries;
  @Inject EntityManager em;
  @Inject DriftTargets targets;
  @Inject RawSamples raw;
  @Inject DriftWindows windows;
  @Inject DriftIngest ingest;
  @Inject DriftFlusher flusher;
  @Inject DriftRollup rollup;

  @Test
  void rawSamplesVersusStoredProfiles() {
    long id = deploymentWithBaseline();
    int samples = storeSamples(id);
    ingestLikeTheSampler(id);
    Instant to = HOUR.plusSeconds(3600);
    System.out.printf(
        Locale.ROOT, "%ndrift query over %d samples x %d columns%n", samples, COLUMNS);
    long[] rawMs = new long[ROUNDS];
    long[] minuteMs = new long[ROUNDS];
    DriftReport rawReport = null;
    DriftReport minuteReport = null;
    for (int r = 0; r < ROUNDS; r++) {
      long t0 = System.nanoTime();
      rawReport = rawAnswer(id, to);
      rawMs[r] = (System.nanoTime() - t0) / 1_000_000;
      t0 = System.nanoTime();
      minuteReport = stored(id, to);
      minuteMs[r] = (System.nanoTime() - t0) / 1_000_000;
    }
    rollup.rollUp();
    long[] hourMs = new long[ROUNDS];
    DriftReport hourReport = null;
    for (int r = 0; r < ROUNDS; r++) {
      long t0 = System.nanoTime();
      hourReport = stored(id, to);
      hourMs[r] = (System.nanoTime() - t0) / 1_000_000;
    }
    print("raw samples re-profiled", rawMs, rawMs);
    print("60 stored minute profiles", minuteMs, rawMs);
    print("1 stored hour profile", hourMs, rawMs);
    System.out.printf(
        Locale.ROOT,
        "compared columns %d; max |dValue| vs raw: minutes %.5f, hour %.5f;"
            + " drifted columns raw %d, minutes %d, hour %d%n",
        rawReport.columns().size(),
        maxDelta(minuteReport, rawReport),
        maxDelta(hourReport, rawReport),
        rawReport.driftedColumns(),
        minuteReport.driftedColumns(),
        hourReport.driftedColumns());
  }

  private DriftReport stored(long id, Instant to) {
    return tenantWork.inTransaction(
        "acme", () -> windows.drift("acme", id, HOUR, to, null).report());
  }

  private DriftReport rawAnswer(long id, Instant to) {
    return tenantWork.inTransaction(
        "acme",
        () -> {
          Target t = targets.load("acme", id).orElseThrow();
          var profiled = raw.profile(id, t.baseline(), HOUR, to);
          return DriftEvaluator.evaluate(
              t.baseline(), profiled.profile(), DriftWindows.options(t.baseline(), null));
        });
  }

  private static void print(String label, long[] ms, long[] rawMs) {
    long best = java.util.Arrays.stream(ms).min().orElseThrow();
    long rawBest = java.util.Arrays.stream(rawMs).min().orElseThrow();
    System.out.printf(
        Locale.ROOT,
        "%-28s rounds %s ms, best %d ms, %.1fx faster than raw%n",
        label,
        java.util.Arrays.toString(ms),
        best,
        (double) rawBest / Math.max(1, best));
  }

  private static double maxDelta(DriftReport a, DriftReport b) {
    double max = 0;
    for (int i = 0; i < b.columns().size(); i++) {
      ColumnDrift x = a.columns().get(i);
      max = Math.max(max, Math.abs(x.value() - b.columns().get(i).value()));
    }
    return max;
  }

  private long deploymentWithBaseline() {
    String bob = Tokens.user("bob");
    String model = RegistryClient.uniqueName("qb");
    RegistryClient.createModel(bob, "acme", model, "classification").then().statusCode(201);
    RegistryClient.register(bob, "acme", model, "{\"engine\":\"xgboost\"}", TestArtifacts.xgboost())
        .then()
        .statusCode(201);
    StringBuilder csv = new StringBuilder();
    for (int c = 0; c < COLUMNS; c++) {
      csv.append(c == 0 ? "" : ",").append("c").append(c);
    }
    csv.append('\n');
    Random random = new Random(1);
    for (int i = 0; i < 20_000; i++) {
      for (int c = 0; c < COLUMNS; c++) {
        csv.append(c == 0 ? "" : ",")
            .append(String.format(Locale.ROOT, "%.5f", random.nextGaussian()));
      }
      csv.append('\n');
    }
    given()
        .auth()
        .oauth2(bob)
        .contentType("text/csv")
        .body(csv.toString())
        .put("/api/v1/tenants/acme/models/{m}/versions/1/baseline", model)
        .then()
        .statusCode(200);
    String name = RegistryClient.uniqueName("qbd");
    given()
        .auth()
        .oauth2(bob)
        .contentType(ContentType.JSON)
        .body(
            "{\"name\":\"%s\",\"environment\":\"dev\",\"backend\":\"kubernetes\",\"model\":\"%s\",\"version\":1,\"reason\":\"bench\"}"
                .formatted(name, model))
        .post("/api/v1/tenants/acme/deployments")
        .then()
        .statusCode(201);
    return tenantWork.inTransaction("acme", () -> queries.details("acme", name).deployment().id);
  }

  /**
   * One hour of OIP requests generated in the database: one named FP32 tensor per feature (a single
   * [1, 50] tensor would be read as an embedding), standard normal, every 5th shifted by 0.25.
   */
  private int storeSamples(long id) {
    int total = PER_MINUTE * 60;
    tenantWork.run(
        "acme",
        () ->
            em.createNativeQuery(
                    "INSERT INTO payload_sample (tenant, deployment_id, revision, sampled_at, status,"
                        + " latency_ms, request, response)"
                        + " SELECT 'acme', :d, 1, CAST(:h AS timestamptz) + (i * interval '1 millisecond' * 3600000 / :n),"
                        + " 200, 2, jsonb_build_object('inputs', (SELECT jsonb_agg(jsonb_build_object("
                        + "'name', 'c' || j, 'datatype', 'FP32', 'shape', jsonb_build_array(1, 1),"
                        + " 'data', jsonb_build_array(round(CAST(sqrt(-2 * ln(1 - random()))"
                        + " * cos(2 * pi() * random()) + CASE WHEN j % 5 = 0 THEN 0.25 ELSE 0 END"
                        + " AS numeric), 5))) ORDER BY j) FROM generate_series(0, :c - 1) j"
                        + " WHERE i >= 0)), '{\"outputs\":[]}'::jsonb"
                        + " FROM generate_series(0, :n - 1) i")
                .setParameter("d", id)
                .setParameter("h", java.sql.Timestamp.from(HOUR))
                .setParameter("n", total)
                .setParameter("c", COLUMNS)
                .executeUpdate());
    return total;
  }

  /** Feeds the stored samples to the ingest in the sampler's batches of 500, then flushes. */
  private void ingestLikeTheSampler(long id) {
    long after = 0;
    while (true) {
      long from = after;
      List<PayloadSample> batch =
          tenantWork.inTransaction(
              "acme",
              () ->
                  em.createQuery(
                          "FROM PayloadSample WHERE deploymentId = :d AND id > :after ORDER BY id",
                          PayloadSample.class)
                      .setParameter("d", id)
                      .setParameter("after", from)
                      .setMaxResults(500)
                      .getResultList());
      if (batch.isEmpty()) {
        break;
      }
      ingest.stored("acme", batch);
      after = batch.getLast().id;
    }
    flusher.flushAll();
  }
}
