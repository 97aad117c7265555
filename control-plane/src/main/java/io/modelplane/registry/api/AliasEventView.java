package io.modelplane.registry.api;

import io.modelplane.registry.persistence.AliasEvent;
import java.time.Instant;

/** One move of an alias; {@code from} is null when it was created, {@code to} when deleted. */
public record AliasEventView(Integer from, Integer to, String actor, Instant at, String reason) {

  public static AliasEventView of(AliasEvent e) {
    return new AliasEventView(e.fromVersion, e.toVersion, e.actor, e.occurredAt, e.reason);
  }
}
