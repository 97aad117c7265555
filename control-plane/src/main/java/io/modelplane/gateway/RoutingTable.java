package io.modelplane.gateway;

import io.modelplane.backend.DeploymentKey;
import io.modelplane.backend.Replica;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The gateway's in-memory routes, written by the reconciler after every observation and read by
 * every inference request without touching the database. A replica's state (in-flight count,
 * breaker) carries over from a deployment's previous route while the replica keeps its address, and
 * goes with it when it disappears.
 */
@ApplicationScoped
public class RoutingTable {

  @ConfigProperty(name = "modelplane.gateway.breaker.failures", defaultValue = "5")
  int breakerFailures;

  @ConfigProperty(name = "modelplane.gateway.breaker.open", defaultValue = "5000")
  long breakerOpenMillis;

  private final Map<DeploymentKey, Route> routes = new ConcurrentHashMap<>();

  public Optional<Route> route(DeploymentKey key) {
    return Optional.ofNullable(routes.get(key));
  }

  /** One revision's share and the replicas the backend reports for it. */
  public record RevisionTarget(
      int revision, int weight, String modelName, int modelVersion, List<Replica> replicas) {}

  public void update(
      DeploymentKey key, long deploymentId, double sampling, List<RevisionTarget> targets) {
    Map<String, ReplicaState> known = new HashMap<>();
    route(key)
        .ifPresent(
            previous ->
                previous
                    .revisions()
                    .forEach(r -> r.replicas().forEach(s -> known.put(s.baseUri.toString(), s))));
    List<RevisionRoute> revisions = new ArrayList<>();
    for (RevisionTarget t : targets) {
      List<ReplicaState> states = new ArrayList<>();
      for (Replica replica : t.replicas()) {
        ReplicaState state =
            known.computeIfAbsent(
                replica.baseUri().toString(),
                uri ->
                    new ReplicaState(
                        replica.id(),
                        replica.baseUri(),
                        new CircuitBreaker(breakerFailures, breakerOpenMillis, System::nanoTime)));
        state.ready = replica.ready();
        states.add(state);
      }
      revisions.add(
          new RevisionRoute(t.revision(), t.weight(), t.modelName(), t.modelVersion(), states));
    }
    routes.put(key, new Route(deploymentId, key.tenant(), key.deployment(), sampling, revisions));
  }

  public void remove(DeploymentKey key) {
    routes.remove(key);
  }
}
