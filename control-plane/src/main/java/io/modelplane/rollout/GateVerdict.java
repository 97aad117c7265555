package io.modelplane.rollout;

import io.modelplane.deployment.persistence.GateResult;

/** What the gates say about a canary step: wait for more evidence, go on, or roll back. */
public record GateVerdict(Decision decision, GateResult result) {

  public enum Decision {
    WAIT,
    PASS,
    FAIL
  }
}
