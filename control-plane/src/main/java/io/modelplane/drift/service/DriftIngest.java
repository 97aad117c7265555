package io.modelplane.drift.service;

import io.modelplane.deployment.persistence.PayloadSample;
import io.modelplane.drift.persistence.DriftWindowStore.BaselineKey;
import io.modelplane.drift.service.DriftTargets.Target;
import io.modelplane.monitoring.profile.DatasetProfile;
import io.modelplane.monitoring.profile.Profiler;
import io.modelplane.monitoring.table.InferencePayload;
import io.modelplane.monitoring.table.TableOptions;
import io.modelplane.monitoring.table.Tables;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * Profiles sampled payloads as they are stored: per deployment, baseline and minute, one window
 * profile built with the baseline's frozen bins, kept in memory until {@link DriftFlusher} stores
 * the closed minute. Runs on the sampler's background writer, after its transaction committed, so
 * it never slows a request and a failure here never loses a sample (the query path re-profiles
 * whatever a stored profile does not account for).
 */
@ApplicationScoped
public class DriftIngest {

  private static final Logger LOG = Logger.getLogger(DriftIngest.class);

  /** One open window profile's identity. */
  public record Key(String tenant, long deploymentId, BaselineKey baseline, Instant minute) {}

  /** A minute's profile so far and the samples it stands for. */
  public record Minute(DatasetProfile profile, long samples) {
    Minute merge(Minute other) {
      return new Minute(profile.merge(other.profile), samples + other.samples);
    }
  }

  @Inject DriftTargets targets;

  private final Map<Key, Minute> open = new ConcurrentHashMap<>();

  /** Folds samples just stored for one tenant into their minutes' profiles. */
  public void stored(String tenant, List<PayloadSample> samples) {
    Map<Long, List<PayloadSample>> byDeployment =
        samples.stream()
            .filter(s -> s.status < 400)
            .collect(Collectors.groupingBy(s -> s.deploymentId));
    byDeployment.forEach(
        (deploymentId, rows) -> {
          try {
            add(tenant, deploymentId, rows);
          } catch (RuntimeException e) {
            LOG.warnf(
                e, "could not profile %d samples of deployment %d", rows.size(), deploymentId);
          }
        });
  }

  private void add(String tenant, long deploymentId, List<PayloadSample> rows) {
    Optional<Target> target = targets.of(tenant, deploymentId);
    if (target.isEmpty()) {
      return;
    }
    DatasetProfile baseline = target.get().baseline();
    Map<Instant, List<InferencePayload>> byMinute = new TreeMap<>();
    for (PayloadSample s : rows) {
      byMinute
          .computeIfAbsent(s.sampledAt.truncatedTo(ChronoUnit.MINUTES), m -> new ArrayList<>())
          .add(new InferencePayload(s.request, s.response));
    }
    byMinute.forEach(
        (minute, payloads) -> {
          DatasetProfile profile =
              Profiler.window(
                  Tables.inference(payloads, baseline.schema(), TableOptions.defaults()), baseline);
          open.merge(
              new Key(tenant, deploymentId, target.get().key(), minute),
              new Minute(profile, payloads.size()),
              Minute::merge);
        });
  }

  /** Removes and returns the minutes that ended at or before {@code now} (all when null). */
  Map<Key, Minute> drain(Instant now) {
    Map<Key, Minute> closed =
        new TreeMap<>(
            java.util.Comparator.comparing(Key::minute)
                .thenComparing(Key::tenant)
                .thenComparingLong(Key::deploymentId)
                .thenComparingLong(k -> k.baseline().versionId())
                .thenComparing(k -> k.baseline().sha256()));
    for (Key key : List.copyOf(open.keySet())) {
      if (now == null || !key.minute().plusSeconds(60).isAfter(now)) {
        Minute m = open.remove(key);
        if (m != null) {
          closed.put(key, m);
        }
      }
    }
    return closed;
  }
}
