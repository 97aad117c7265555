package io.modelplane.backend;

import java.util.List;
import java.util.function.Consumer;

/**
 * A place runner replicas run: Kubernetes or this machine. The reconciler is its only caller; every
 * method is idempotent and none waits for replicas to become ready.
 */
public interface RuntimeBackend {

  /** {@code kubernetes} or {@code local}, as deployments name their backend. */
  String name();

  /**
   * Makes the runtime run exactly the deployment's runner sets: creates what is missing, updates
   * what differs, removes runner sets of this deployment that are not listed.
   *
   * @throws BackendException when the runtime refuses or cannot be reached; the reconciler retries
   */
  void apply(DesiredDeployment desired);

  /** What runs for the deployment now, one status per runner set found. */
  List<RunnerSetStatus> observe(DeploymentKey deployment);

  /** Removes everything the deployment runs. */
  void delete(DeploymentKey deployment);

  /**
   * Registers a listener told (on any thread) when something of a deployment changed on its own: a
   * replica became ready, crashed or was replaced. The reconciler re-observes it.
   */
  default void onChange(Consumer<DeploymentKey> listener) {}
}
