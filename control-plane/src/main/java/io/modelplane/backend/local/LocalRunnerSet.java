package io.modelplane.backend.local;

import io.modelplane.backend.DeploymentKey;
import io.modelplane.backend.RunnerSetStatus;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

/**
 * The supervised replicas of one runner set. Its replica count is fixed: a runner set's key
 * includes its spec, replica counts too, so a different count is a different set.
 */
final class LocalRunnerSet {

  private final DeploymentKey deployment;
  private final String key;
  private final List<ReplicaSupervisor> replicas;

  LocalRunnerSet(DeploymentKey deployment, String key, List<ReplicaSupervisor> replicas) {
    this.deployment = deployment;
    this.key = key;
    this.replicas = List.copyOf(replicas);
  }

  DeploymentKey deployment() {
    return deployment;
  }

  String key() {
    return key;
  }

  int size() {
    return replicas.size();
  }

  void start() {
    replicas.forEach(ReplicaSupervisor::start);
  }

  /** Stops every replica; completes when all their processes have ended. Idempotent. */
  CompletableFuture<Void> stop() {
    return CompletableFuture.allOf(
        replicas.stream().map(ReplicaSupervisor::stop).toArray(CompletableFuture[]::new));
  }

  /**
   * @param desiredReplicas how many the reconciler wants (0 for a set being stopped)
   */
  RunnerSetStatus status(int desiredReplicas) {
    List<ReplicaState> states = replicas.stream().map(ReplicaSupervisor::state).toList();
    String message =
        states.stream()
            .filter(state -> !state.ready())
            .map(state -> state.id() + ": " + state.message())
            .collect(Collectors.joining("; "));
    return new RunnerSetStatus(
        key,
        desiredReplicas,
        (int) states.stream().filter(ReplicaState::ready).count(),
        states.stream().map(ReplicaState::toReplica).toList(),
        message);
  }
}
