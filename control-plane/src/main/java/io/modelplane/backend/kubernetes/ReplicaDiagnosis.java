package io.modelplane.backend.kubernetes;

import io.fabric8.kubernetes.api.model.ContainerStatus;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodCondition;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentCondition;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Says in one line why a runner set is not fully ready, from what Kubernetes already knows: the
 * Deployment's conditions (a quota that refuses pods), the scheduler's verdict (no node with a free
 * GPU) and the containers' waiting reasons (crash loops, image pulls). Users see this message, so
 * it names reasons, not pods, and stays short.
 */
final class ReplicaDiagnosis {

  private static final int MAX_LENGTH = 1_000;

  private ReplicaDiagnosis() {}

  static String explain(Deployment deployment, List<Pod> pods, int desired, int ready) {
    if (ready >= desired && pods.stream().allMatch(ReplicaDiagnosis::isReady)) {
      return "";
    }
    var reasons = new LinkedHashMap<String, Reason>();
    deploymentProblem(deployment).ifPresent(r -> reasons.put(r.name, r));
    pods.stream()
        .filter(pod -> !isReady(pod))
        .map(ReplicaDiagnosis::podProblem)
        .forEach(r -> reasons.merge(r.name, r, Reason::plus));
    String summary = ready + " of " + desired + " replicas ready";
    String details =
        reasons.values().stream().map(Reason::toString).collect(Collectors.joining("; "));
    String message = details.isEmpty() ? summary : summary + ": " + details;
    return message.length() <= MAX_LENGTH ? message : message.substring(0, MAX_LENGTH - 1) + "…";
  }

  static boolean isReady(Pod pod) {
    return pod.getStatus() != null
        && pod.getStatus().getConditions().stream()
            .anyMatch(c -> "Ready".equals(c.getType()) && "True".equals(c.getStatus()));
  }

  /** A replica set that cannot create pods (quota exceeded) or a rollout that gave up. */
  private static Optional<Reason> deploymentProblem(Deployment deployment) {
    if (deployment.getStatus() == null) {
      return Optional.empty();
    }
    for (DeploymentCondition c : deployment.getStatus().getConditions()) {
      boolean failure = "ReplicaFailure".equals(c.getType()) && "True".equals(c.getStatus());
      boolean stalled = "Progressing".equals(c.getType()) && "False".equals(c.getStatus());
      if (failure || stalled) {
        return Optional.of(new Reason(reasonOr(c.getReason(), c.getType()), c.getMessage(), 0));
      }
    }
    return Optional.empty();
  }

  private static Reason podProblem(Pod pod) {
    var status = pod.getStatus();
    if (status == null) {
      return new Reason("Pending", "", 1);
    }
    for (PodCondition c : status.getConditions()) {
      if ("PodScheduled".equals(c.getType()) && "False".equals(c.getStatus())) {
        return new Reason(reasonOr(c.getReason(), "Unschedulable"), c.getMessage(), 1);
      }
    }
    for (ContainerStatus container : status.getContainerStatuses()) {
      var waiting = container.getState() == null ? null : container.getState().getWaiting();
      if (waiting != null && waiting.getReason() != null) {
        return new Reason(waiting.getReason(), withLastExit(waiting.getMessage(), container), 1);
      }
    }
    return new Reason(reasonOr(status.getPhase(), "Pending"), "not ready yet", 1);
  }

  private static String withLastExit(String message, ContainerStatus container) {
    var last = container.getLastState() == null ? null : container.getLastState().getTerminated();
    String text = message == null ? "" : message;
    if (last == null || last.getReason() == null) {
      return text;
    }
    String exit = "last exit " + last.getReason() + " (code " + last.getExitCode() + ")";
    return text.isEmpty() ? exit : text + ", " + exit;
  }

  private static String reasonOr(String reason, String fallback) {
    return reason == null || reason.isBlank() ? fallback : reason;
  }

  private record Reason(String name, String message, int replicas) {
    Reason plus(Reason other) {
      return new Reason(name, message, replicas + other.replicas);
    }

    @Override
    public String toString() {
      String who =
          replicas == 0 ? "" : " (" + replicas + (replicas == 1 ? " replica)" : " replicas)");
      String what = message == null || message.isBlank() ? "" : ": " + message;
      return name + who + what;
    }
  }
}
