package io.modelplane.reconcile;

import io.modelplane.backend.DesiredDeployment;
import io.modelplane.backend.RunnerSet;
import io.modelplane.backend.RunnerSetStatus;
import io.modelplane.deployment.persistence.Condition;
import io.modelplane.deployment.persistence.Deployment;
import io.modelplane.deployment.persistence.Rollout;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A deployment's conditions as a pure function of what was desired and what was observed:
 *
 * <ul>
 *   <li>{@code Ready}: every revision with traffic has at least one ready replica;
 *   <li>{@code Progressing}: replicas are still starting, or a canary rollout is under way;
 *   <li>{@code Degraded}: the backend failed, replicas have stayed below their count for longer
 *       than the progress deadline (as Kubernetes' ProgressDeadlineExceeded; the backend's
 *       explanation, such as a crash loop, is the message), or the newest revision's rollout was
 *       aborted.
 * </ul>
 *
 * A condition keeps its {@code lastTransitionTime} while its status does not change.
 */
public final class StatusRules {

  private StatusRules() {}

  public static List<Condition> conditions(
      Deployment d,
      DesiredDeployment desired,
      List<RunnerSetStatus> observed,
      Optional<Rollout> latestRollout,
      String backendError,
      Duration progressDeadline,
      Instant now) {
    Map<String, RunnerSetStatus> byKey =
        observed.stream()
            .collect(Collectors.toMap(RunnerSetStatus::key, Function.identity(), (a, b) -> a));
    int routedSets = 0;
    int routedReady = 0;
    int starting = 0;
    List<String> failing = new ArrayList<>();
    for (RunnerSet set : desired.runnerSets()) {
      RunnerSetStatus status = byKey.get(set.key());
      int ready = status == null ? 0 : status.readyReplicas();
      boolean routed = set.revisions().stream().anyMatch(r -> d.weightOf(r) > 0);
      if (routed) {
        routedSets++;
        if (ready > 0) {
          routedReady++;
        }
      }
      if (ready < set.spec().minReplicas()) {
        starting++;
      }
      if (status != null && !status.message().isBlank()) {
        failing.add("revision " + set.newestRevision() + ": " + status.message());
      }
    }
    boolean rolling = latestRollout.map(Rollout::progressing).orElse(false);
    boolean aborted =
        latestRollout
            .map(r -> Rollout.ABORTED.equals(r.state) && r.canaryRevision == d.currentRevision)
            .orElse(false);

    List<Condition> next = new ArrayList<>();
    boolean ready = backendError == null && routedSets > 0 && routedReady == routedSets;
    next.add(
        condition(
            d,
            "Ready",
            ready,
            ready ? "AllRoutesReady" : backendError != null ? "BackendError" : "ReplicasNotReady",
            ready
                ? "every revision with traffic has ready replicas"
                : routedReady + " of " + routedSets + " revisions with traffic have ready replicas",
            now));
    boolean progressing = rolling || starting > 0;
    next.add(
        condition(
            d,
            "Progressing",
            progressing,
            rolling ? "RolloutInProgress" : starting > 0 ? "ReplicasStarting" : "Complete",
            rolling
                ? "canary revision "
                    + latestRollout.get().canaryRevision
                    + " at step "
                    + (latestRollout.get().step + 1)
                    + " of "
                    + latestRollout.get().steps.size()
                : starting > 0
                    ? starting
                        + " runner sets are below their replicas"
                        + (failing.isEmpty() ? "" : ": " + String.join("; ", failing))
                    : "up to date",
            now));
    String degradedReason;
    String degradedMessage;
    if (backendError != null) {
      degradedReason = "BackendError";
      degradedMessage = backendError;
    } else if (starting > 0 && !failing.isEmpty() && stuck(d, now, progressDeadline)) {
      degradedReason = "ReplicasFailing";
      degradedMessage = String.join("; ", failing);
    } else if (aborted) {
      degradedReason = "RolloutAborted";
      degradedMessage = latestRollout.get().outcomeReason;
    } else {
      degradedReason = "AsExpected";
      degradedMessage = "";
    }
    next.add(
        condition(
            d,
            "Degraded",
            !"AsExpected".equals(degradedReason),
            degradedReason,
            degradedMessage,
            now));
    return next;
  }

  /** Replicas have been starting (Progressing=True) for longer than the deadline. */
  private static boolean stuck(Deployment d, Instant now, Duration deadline) {
    return d.conditions.stream()
        .anyMatch(
            c ->
                c.type().equals("Progressing")
                    && c.status().equals("True")
                    && c.reason().equals("ReplicasStarting")
                    && !now.isBefore(c.lastTransitionTime().plus(deadline)));
  }

  private static Condition condition(
      Deployment d, String type, boolean status, String reason, String message, Instant now) {
    String value = status ? "True" : "False";
    Instant since =
        d.conditions.stream()
            .filter(c -> c.type().equals(type) && c.status().equals(value))
            .map(Condition::lastTransitionTime)
            .findFirst()
            .orElse(now);
    return new Condition(type, value, reason, message, d.currentRevision, since);
  }

  /** Whether stored and computed conditions mean the same (so nothing needs writing). */
  public static boolean same(List<Condition> stored, List<Condition> computed) {
    if (stored.size() != computed.size()) {
      return false;
    }
    for (int i = 0; i < stored.size(); i++) {
      if (!stored.get(i).sameAs(computed.get(i))) {
        return false;
      }
    }
    return true;
  }
}
