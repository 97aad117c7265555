package io.modelplane.backend.local;

import io.modelplane.backend.DeploymentKey;
import io.modelplane.backend.RunnerSpec;

/**
 * What one replica runs and where it writes; fixed for the replica's life.
 *
 * @param deployment the deployment it belongs to
 * @param id {@code {runner set key}-{index}}, stable across restarts
 * @param spec the runner set's spec
 * @param paths its log and model directory
 */
record ReplicaPlan(DeploymentKey deployment, String id, RunnerSpec spec, ReplicaPaths paths) {

  /**
   * Shown in {@code ps} as {@code -Dmodelplane.replica=…}, so an operator can tell runners apart.
   */
  String label() {
    return deployment.tenant() + "/" + deployment.deployment() + "/" + id;
  }
}
