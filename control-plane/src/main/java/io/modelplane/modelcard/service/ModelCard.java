package io.modelplane.modelcard.service;

import io.modelplane.registry.api.ModelView;
import io.modelplane.registry.api.PromotionView;
import io.modelplane.registry.api.TransitionView;
import io.modelplane.registry.api.VersionView;
import java.time.Instant;
import java.util.List;

/**
 * A model card for one version (after Mitchell et al., "Model Cards for Model Reporting", and
 * Hugging Face model cards): what the model is, what it is for, what it takes and returns, how it
 * scored, where it came from, who moved it where, what it is compared with in production and how it
 * behaves there. A section without data is present and empty (or null) so every rendering can say
 * so instead of leaving it out.
 */
public record ModelCard(
    ModelView model,
    VersionView version,
    IntendedUse intendedUse,
    Governance governance,
    BaselineSummary baseline,
    Monitoring monitoring,
    Instant generatedAt,
    String generatedBy,
    AuditCheckpoint checkpoint) {

  /**
   * The newest signed checkpoint of the tenant's audit log when the card was generated: an officer
   * can check later that the log still extends it ({@code …/checkpoints/consistency}). Only the
   * tree head, not the signature: the checkpoint endpoints themselves are for admins and auditors.
   */
  public record AuditCheckpoint(long id, long treeSize, String rootHash, String signedAt) {}

  /** What the model is for, from the model's description and its tags. */
  public record IntendedUse(String task, String purpose, String limitations, String users) {}

  /** Stage history, promotion requests with their four-eyes decisions, and aliases. */
  public record Governance(
      String stage,
      List<TransitionView> transitions,
      List<PromotionView> promotions,
      List<String> currentAliases,
      List<AliasMove> aliasMoves) {}

  /** One move of an alias onto or off this version. */
  public record AliasMove(
      String alias, Integer from, Integer to, String actor, Instant at, String reason) {}

  /** The version's registered baseline with summary statistics per column. */
  public record BaselineSummary(
      String format,
      String sha256,
      long size,
      long rows,
      String uploadedBy,
      Instant uploadedAt,
      List<ColumnSummary> columns,
      List<String> problems) {}

  /**
   * One baseline column: type, values present, distinct values, and the profile's statistics
   * (numeric: min, mean, standard deviation, max; categorical: most frequent labels; embeddings:
   * dimension) when the drift profile could be read.
   */
  public record ColumnSummary(
      String name, String type, long present, long distinct, String statistics) {}

  /** Deployments that serve or served this version, over a trailing window. */
  public record Monitoring(Instant from, Instant to, List<DeploymentUse> deployments) {}

  /**
   * A deployment with at least one revision of this version: whether it serves it now (and with
   * which share of traffic), latency of those revisions in the window, its drift verdict while it
   * serves this version, and alerts fired since this version was first deployed there.
   */
  public record DeploymentUse(
      String name,
      String environment,
      String backend,
      String state,
      List<Integer> revisions,
      Instant firstDeployedAt,
      boolean serving,
      int trafficPercent,
      List<RevisionLatency> latency,
      DriftVerdict drift,
      List<AlertSummary> alerts) {}

  /** Latency of one revision over the window, in milliseconds. */
  public record RevisionLatency(
      int revision, long requests, double p50, double p99, double errorRate) {}

  /**
   * The drift verdict over the window: {@code status} is {@code measured}, {@code no-data} (no
   * sampled request), {@code no-baseline} or {@code not-serving} (the deployment's newest revision
   * is of another version, or it was deleted: its drift is measured against that version's
   * baseline, not this one's).
   */
  public record DriftVerdict(
      String status,
      long samples,
      int driftedColumns,
      int columns,
      boolean datasetDrift,
      List<String> drifted) {

    static DriftVerdict of(String status) {
      return new DriftVerdict(status, 0, 0, 0, false, List.of());
    }
  }

  /** One alert of a monitor on the deployment. */
  public record AlertSummary(
      String monitor,
      String kind,
      String state,
      Instant firedAt,
      Instant resolvedAt,
      Double value,
      Double threshold) {}
}
