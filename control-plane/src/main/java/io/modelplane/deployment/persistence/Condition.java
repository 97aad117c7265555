package io.modelplane.deployment.persistence;

import java.time.Instant;

/**
 * One observed condition of a deployment, as Kubernetes writes them: {@code Ready}, {@code
 * Progressing} or {@code Degraded}, with status {@code True}/{@code False}.
 */
public record Condition(
    String type,
    String status,
    String reason,
    String message,
    Integer observedRevision,
    Instant lastTransitionTime) {

  /** Same meaning, ignoring when it last changed. */
  public boolean sameAs(Condition other) {
    return other != null
        && type.equals(other.type)
        && status.equals(other.status)
        && reason.equals(other.reason)
        && message.equals(other.message)
        && java.util.Objects.equals(observedRevision, other.observedRevision);
  }
}
