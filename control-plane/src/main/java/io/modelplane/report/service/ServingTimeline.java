package io.modelplane.report.service;

import io.modelplane.report.persistence.ProductionQueries.DeploymentRow;
import io.modelplane.report.persistence.ProductionQueries.RevisionRow;
import io.modelplane.report.persistence.ProductionQueries.RolloutRow;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Which revision took a deployment's full traffic when, from its revisions and rollouts (pure). A
 * created or rolled-back revision takes over when it is made; an update takes over when it is made
 * unless it ran as a canary, then when its rollout succeeded (an aborted canary never took over).
 * Each interval ends when the next revision takes over or the deployment is deleted.
 */
public final class ServingTimeline {

  private ServingTimeline() {}

  /**
   * Revision {@code revision} took all traffic from {@code from} until {@code until} (or still).
   */
  public record Served(
      String deployment,
      String environment,
      int revision,
      String kind,
      String model,
      int version,
      Instant from,
      Instant until) {

    boolean overlaps(Instant start, Instant end) {
      return from.isBefore(end) && (until == null || until.isAfter(start));
    }
  }

  /** Every interval of every deployment, oldest first, ending before {@code asOf} or open. */
  public static List<Served> of(
      List<DeploymentRow> deployments,
      List<RevisionRow> revisions,
      List<RolloutRow> rollouts,
      Instant asOf) {
    Map<Long, List<RevisionRow>> byDeployment =
        revisions.stream().collect(Collectors.groupingBy(RevisionRow::deploymentId));
    Map<Long, List<RolloutRow>> rolloutsOf =
        rollouts.stream().collect(Collectors.groupingBy(RolloutRow::deploymentId));
    List<Served> out = new ArrayList<>();
    for (DeploymentRow d : deployments) {
      List<RolloutRow> canaries = rolloutsOf.getOrDefault(d.id(), List.of());
      record Takeover(RevisionRow revision, Instant at) {}
      List<Takeover> takeovers =
          byDeployment.getOrDefault(d.id(), List.of()).stream()
              .map(r -> takeover(r, canaries, asOf).map(at -> new Takeover(r, at)))
              .flatMap(Optional::stream)
              .sorted(Comparator.comparing(Takeover::at))
              .toList();
      for (int i = 0; i < takeovers.size(); i++) {
        Takeover t = takeovers.get(i);
        Instant until = i + 1 < takeovers.size() ? takeovers.get(i + 1).at() : d.endedAt();
        if (until != null && !until.isBefore(asOf)) {
          until = null;
        }
        RevisionRow r = t.revision();
        out.add(
            new Served(
                d.name(),
                d.environment(),
                r.revision(),
                r.kind(),
                r.model(),
                r.version(),
                t.at(),
                until));
      }
    }
    out.sort(Comparator.comparing(Served::from).thenComparing(Served::deployment));
    return out;
  }

  /** The intervals that overlap [from, to). */
  public static List<Served> within(List<Served> all, Instant from, Instant to) {
    return all.stream().filter(s -> s.overlaps(from, to)).toList();
  }

  /** What served {@code deployment} just before {@code at}, if anything did. */
  public static Optional<Served> before(List<Served> all, String deployment, Instant at) {
    return all.stream()
        .filter(s -> s.deployment().equals(deployment) && s.from().isBefore(at))
        .max(Comparator.comparing(Served::from));
  }

  private static Optional<Instant> takeover(
      RevisionRow r, List<RolloutRow> rollouts, Instant asOf) {
    Map<Integer, RolloutRow> canary =
        rollouts.stream()
            .collect(
                Collectors.toMap(RolloutRow::canaryRevision, Function.identity(), (a, b) -> b));
    RolloutRow rollout = canary.get(r.revision());
    if (rollout == null) {
      return Optional.of(r.at());
    }
    boolean succeeded =
        "succeeded".equals(rollout.state())
            && rollout.finishedAt() != null
            && rollout.finishedAt().isBefore(asOf);
    return succeeded ? Optional.of(rollout.finishedAt()) : Optional.empty();
  }
}
