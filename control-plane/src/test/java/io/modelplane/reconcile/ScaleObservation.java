package io.modelplane.reconcile;

import static io.restassured.RestAssured.given;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.ResourceQuota;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.mockwebserver.http.RecordedRequest;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.restassured.path.json.JsonPath;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * What the scale bench looks at: the stored status the API serves (read with one SQL query as the
 * database owner, so polling costs the reconciler almost nothing), the same status through the API
 * itself, the objects on the mock API server, the requests it answered, and the reconciler's
 * backend-call timers.
 */
final class ScaleObservation implements AutoCloseable {

  /**
   * A deployment is converged when the status the API serves for it says the reconciler has seen
   * its current revision and applied it without error: {@code observedRevision} equals {@code
   * currentRevision}, its three conditions (Ready, Progressing, Degraded) were all computed for
   * that revision, Degraded is False, and every observed runner set was found on the cluster. (With
   * the mock no pod ever starts, so Ready=False/ReplicasNotReady and
   * Progressing=True/ReplicasStarting are the expected converged conditions.)
   */
  static final String CONVERGED =
      """
      d.state = 'active'
      AND d.observed_revision = d.current_revision
      AND jsonb_array_length(d.conditions) = 3
      AND d.conditions @> '[{"type":"Degraded","status":"False"}]'
      AND NOT EXISTS (SELECT 1 FROM jsonb_array_elements(d.conditions) c
                      WHERE (c->>'observedRevision')::int IS DISTINCT FROM d.current_revision)
      AND jsonb_array_length(d.runner_sets) > 0
      AND NOT EXISTS (SELECT 1 FROM jsonb_array_elements(d.runner_sets) s
                      WHERE s->>'message' = 'not created yet')
      """;

  private final ScaleSetup setup;
  private final KubernetesClient kubernetes;
  private final KubernetesMockServer mock;
  private final MeterRegistry meters;
  private final Connection db;
  private final PreparedStatement all;
  private final PreparedStatement one;

  ScaleObservation(
      ScaleSetup setup,
      KubernetesClient kubernetes,
      KubernetesMockServer mock,
      MeterRegistry meters)
      throws SQLException {
    this.setup = setup;
    this.kubernetes = kubernetes;
    this.mock = mock;
    this.meters = meters;
    String url = ConfigProvider.getConfig().getValue("modelplane.db.url", String.class);
    this.db = DriverManager.getConnection(url, "postgres", "");
    this.all =
        db.prepareStatement(
            "SELECT count(*) FILTER (WHERE "
                + CONVERGED
                + ") FROM deployment d WHERE d.tenant LIKE ?");
    all.setString(1, setup.prefix + "-%");
    this.one =
        db.prepareStatement(
            "SELECT count(*) FROM deployment d WHERE d.tenant = ? AND d.name = ? AND " + CONVERGED);
  }

  int convergedInDatabase() throws SQLException {
    try (ResultSet rs = all.executeQuery()) {
      rs.next();
      return rs.getInt(1);
    }
  }

  boolean converged(String tenant, String deployment) throws SQLException {
    one.setString(1, tenant);
    one.setString(2, deployment);
    try (ResultSet rs = one.executeQuery()) {
      rs.next();
      return rs.getInt(1) == 1;
    }
  }

  /** The same definition, as {@code GET …/deployments} reports it to the CI user. */
  int convergedThroughTheApi(String token) {
    int converged = 0;
    for (String tenant : setup.tenantSlugs()) {
      String after = null;
      do {
        var request = given().auth().oauth2(token).queryParam("limit", 200);
        if (after != null) {
          request.queryParam("after", after);
        }
        JsonPath page =
            request.get(ScaleSetup.path(tenant, null)).then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> items = page.getList("items");
        for (Map<String, Object> d : items) {
          if (apiConverged(d)) {
            converged++;
          }
        }
        after = page.getString("nextCursor");
      } while (after != null);
    }
    return converged;
  }

  @SuppressWarnings("unchecked")
  private static boolean apiConverged(Map<String, Object> d) {
    Object current = d.get("currentRevision");
    List<Map<String, Object>> conditions = (List<Map<String, Object>>) d.get("conditions");
    List<Map<String, Object>> sets = (List<Map<String, Object>>) d.get("runnerSets");
    return "active".equals(d.get("state"))
        && current.equals(d.get("observedRevision"))
        && conditions.size() == 3
        && conditions.stream().allMatch(c -> current.equals(c.get("observedRevision")))
        && conditions.stream()
            .anyMatch(c -> "Degraded".equals(c.get("type")) && "False".equals(c.get("status")))
        && !sets.isEmpty()
        && sets.stream().noneMatch(s -> "not created yet".equals(s.get("message")));
  }

  /** The bench's objects on the mock API server, by kind. */
  Map<String, Integer> objects() {
    Map<String, Integer> counts = new LinkedHashMap<>();
    counts.put(
        "Namespace",
        (int)
            kubernetes.namespaces().list().getItems().stream()
                .filter(n -> n.getMetadata().getName().startsWith("mp-" + setup.prefix + "-"))
                .count());
    for (Class<? extends HasMetadata> kind :
        List.of(ResourceQuota.class, Deployment.class, Service.class, PodDisruptionBudget.class)) {
      counts.put(
          kind.getSimpleName(),
          (int)
              kubernetes.resources(kind).inAnyNamespace().list().getItems().stream()
                  .filter(
                      o -> o.getMetadata().getNamespace().startsWith("mp-" + setup.prefix + "-"))
                  .count());
    }
    return counts;
  }

  /** Requests the mock answered since the last call, by HTTP method (it records every one). */
  Map<String, Integer> drainRequests() throws InterruptedException {
    Map<String, Integer> byMethod = new TreeMap<>();
    for (RecordedRequest r = mock.takeRequest(0, TimeUnit.MILLISECONDS);
        r != null;
        r = mock.takeRequest(0, TimeUnit.MILLISECONDS)) {
      byMethod.merge(r.getMethod(), 1, Integer::sum);
    }
    return byMethod;
  }

  /** The reconciler's Kubernetes calls so far: count and total seconds per operation/outcome. */
  Map<String, double[]> backendCalls() {
    Map<String, double[]> calls = new TreeMap<>();
    for (Timer t : meters.find("modelplane.backend.calls").tag("backend", "kubernetes").timers()) {
      String key = t.getId().getTag("operation") + "/" + t.getId().getTag("outcome");
      calls.put(key, new double[] {t.count(), t.totalTime(TimeUnit.SECONDS)});
    }
    return calls;
  }

  /** How many applies the reconciler has made so far. */
  double applies() {
    return meters.find("modelplane.backend.calls").tag("operation", "apply").timers().stream()
        .mapToDouble(Timer::count)
        .sum();
  }

  @Override
  public void close() throws SQLException {
    db.close();
  }
}
