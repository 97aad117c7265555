package io.modelplane.registry.api;

import io.modelplane.registry.persistence.StageTransition;
import java.time.Instant;

/** One stage change of a version. */
public record TransitionView(
    String from, String to, String actor, Instant at, String reason, Long requestId) {

  public static TransitionView of(StageTransition t) {
    return new TransitionView(
        t.fromStage, t.toStage, t.actor, t.occurredAt, t.reason, t.promotionId);
  }
}
