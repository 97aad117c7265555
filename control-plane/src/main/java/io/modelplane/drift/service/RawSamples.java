package io.modelplane.drift.service;

import io.modelplane.deployment.persistence.PayloadSample;
import io.modelplane.monitoring.profile.DatasetProfile;
import io.modelplane.monitoring.profile.Profiler;
import io.modelplane.monitoring.table.InferencePayload;
import io.modelplane.monitoring.table.TableOptions;
import io.modelplane.monitoring.table.Tables;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Profiles the stored payload samples of a stretch of time from scratch, in chunks with the
 * baseline's frozen bins: memory stays one chunk of samples plus one profile, however long the
 * stretch. The fallback for what stored window profiles do not account for.
 */
@ApplicationScoped
class RawSamples {

  static final int CHUNK = 2_000;

  /** A stretch's profile and how many samples it holds. */
  record Profiled(DatasetProfile profile, long samples) {}

  @Inject EntityManager em;

  Profiled profile(long deploymentId, DatasetProfile baseline, Instant from, Instant to) {
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
    return new Profiled(window, samples);
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
