package io.modelplane.ui;

import io.modelplane.deployment.persistence.Condition;
import io.modelplane.deployment.persistence.Deployment;
import java.util.List;
import java.util.Optional;

/**
 * A deployment's status in one word for its badge, from the conditions the reconciler observed:
 * degraded wins over progressing, which wins over ready. {@code detail} is the condition's message
 * (the badge's tooltip).
 */
record DeploymentStatus(String label, String detail) {

  static DeploymentStatus of(String state, List<Condition> conditions) {
    if (Deployment.DELETING.equals(state)) {
      return new DeploymentStatus("Deleting", "runners are being removed");
    }
    if (conditions.isEmpty()) {
      return new DeploymentStatus("Pending", "not observed by the reconciler yet");
    }
    return holding("Degraded", conditions)
        .or(() -> holding("Progressing", conditions))
        .or(() -> holding("Ready", conditions))
        .orElseGet(() -> notReady(conditions));
  }

  /** The badge's CSS modifier: {@code status-degraded}, {@code status-not-ready}, … */
  public String css() {
    return "status-" + label.toLowerCase(java.util.Locale.ROOT).replace(' ', '-');
  }

  private static Optional<DeploymentStatus> holding(String type, List<Condition> conditions) {
    return conditions.stream()
        .filter(c -> c.type().equals(type) && c.status().equals("True"))
        .findFirst()
        .map(c -> new DeploymentStatus(type, c.message()));
  }

  private static DeploymentStatus notReady(List<Condition> conditions) {
    String why =
        conditions.stream()
            .filter(c -> c.type().equals("Ready"))
            .map(Condition::message)
            .findFirst()
            .orElse("");
    return new DeploymentStatus("Not ready", why);
  }
}
