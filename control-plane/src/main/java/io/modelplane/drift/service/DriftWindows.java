package io.modelplane.drift.service;

import io.modelplane.deployment.persistence.PayloadSample;
import io.modelplane.drift.service.DeploymentBaselines.Found;
import io.modelplane.kernel.error.UnprocessableException;
import io.modelplane.monitoring.drift.ColumnOptions;
import io.modelplane.monitoring.drift.DriftEvaluator;
import io.modelplane.monitoring.drift.DriftOptions;
import io.modelplane.monitoring.drift.DriftReport;
import io.modelplane.monitoring.profile.DatasetProfile;
import io.modelplane.monitoring.profile.Profiler;
import io.modelplane.monitoring.table.InferencePayload;
import io.modelplane.monitoring.table.TableOptions;
import io.modelplane.monitoring.table.Tables;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Drift of a deployment's sampled requests (and answers) over a window against its baseline: the
 * window is profiled in chunks with the baseline's frozen bins, the chunks merged, then every
 * column compared. Memory stays one chunk of samples plus one profile, however long the window.
 */
@ApplicationScoped
@Transactional
public class DriftWindows {

  static final int CHUNK = 2_000;

  /** A window's drift with what it was measured against. */
  public record Drift(String model, int version, long samples, DriftReport report) {}

  @Inject DeploymentBaselines baselines;
  @Inject BaselineProfiles profiles;
  @Inject EntityManager em;

  public Drift drift(String tenant, long deploymentId, Instant from, Instant to, Double threshold) {
    Found found =
        baselines
            .of(tenant, deploymentId)
            .orElseThrow(
                () ->
                    new UnprocessableException(
                        "deployment", "its model version has no baseline to compare with"));
    DatasetProfile baseline = profiles.of(found.baseline());
    DatasetProfile window = baseline.emptyWindow();
    long samples = 0;
    long after = 0;
    while (true) {
      List<PayloadSample> chunk = chunk(deploymentId, from, to, after);
      if (chunk.isEmpty()) {
        break;
      }
      List<InferencePayload> payloads = new ArrayList<>(chunk.size());
      for (PayloadSample s : chunk) {
        payloads.add(new InferencePayload(s.request, s.response));
      }
      window =
          window.merge(
              Profiler.window(
                  Tables.inference(payloads, baseline.schema(), TableOptions.defaults()),
                  baseline));
      samples += chunk.size();
      after = chunk.getLast().id;
      chunk.forEach(em::detach);
    }
    return new Drift(
        found.revision().model,
        found.revision().modelVersion,
        samples,
        DriftEvaluator.evaluate(baseline, window, options(baseline, threshold)));
  }

  /** The defaults, or one threshold for every column's default statistic. */
  static DriftOptions options(DatasetProfile baseline, Double threshold) {
    DriftOptions options = DriftOptions.defaults();
    if (threshold != null) {
      for (var column : baseline.columns()) {
        options = options.withColumn(column.name(), ColumnOptions.threshold(threshold));
      }
    }
    return options;
  }

  private List<PayloadSample> chunk(long deploymentId, Instant from, Instant to, long after) {
    return em.createQuery(
            "FROM PayloadSample WHERE deploymentId = :d AND sampledAt >= :from AND sampledAt < :to"
                + " AND status < 400 AND id > :after ORDER BY id",
            PayloadSample.class)
        .setParameter("d", deploymentId)
        .setParameter("from", from)
        .setParameter("to", to)
        .setParameter("after", after)
        .setMaxResults(CHUNK)
        .getResultList();
  }
}
