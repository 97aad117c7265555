package io.modelplane.drift.service;

import io.modelplane.drift.persistence.DriftWindowStore;
import io.modelplane.drift.persistence.DriftWindowStore.RowInfo;
import io.modelplane.drift.service.DriftTargets.Target;
import io.modelplane.drift.service.WindowPlan.Part;
import io.modelplane.drift.service.WindowPlan.Range;
import io.modelplane.drift.service.WindowPlan.Stored;
import io.modelplane.monitoring.profile.DatasetProfile;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Window profiles for any number of consecutive buckets (one for a drift query, many for a
 * timeline): stored minute and hour profiles merged where they account for every sample, the rest
 * re-profiled from the samples ({@link WindowPlan}). One count query and one row listing serve all
 * buckets; profiles are decoded a batch at a time.
 */
@ApplicationScoped
class WindowProfiles {

  /** A bucket's merged profile, its samples and how many of them came from stored profiles. */
  record Window(Instant from, Instant to, DatasetProfile profile, long samples, long stored) {}

  @Inject DriftWindowStore store;
  @Inject RawSamples raw;

  /** Buckets [edges[i], edges[i+1]). */
  List<Window> windows(long deploymentId, Target target, List<Instant> edges) {
    Instant from = edges.getFirst();
    Instant to = edges.getLast();
    Map<Instant, Long> counts =
        store.sampleCounts(
            deploymentId, from.truncatedTo(ChronoUnit.MINUTES), WindowPlan.ceilMinute(to));
    Map<Instant, List<Stored>> minutes = new HashMap<>();
    Map<Instant, Stored> hours = new HashMap<>();
    for (RowInfo r :
        store.rows(deploymentId, target.key(), from.truncatedTo(ChronoUnit.HOURS), to)) {
      Stored s =
          new Stored(r.id(), DriftWindowStore.HOUR.equals(r.resolution()), r.start(), r.samples());
      if (s.hour()) {
        hours.put(s.start(), s);
      } else {
        minutes.computeIfAbsent(s.start(), m -> new ArrayList<>()).add(s);
      }
    }
    List<Window> windows = new ArrayList<>();
    for (int i = 0; i + 1 < edges.size(); i++) {
      Part part = WindowPlan.plan(edges.get(i), edges.get(i + 1), counts, minutes, hours);
      windows.add(assemble(deploymentId, target.baseline(), edges.get(i), edges.get(i + 1), part));
    }
    return windows;
  }

  private Window assemble(
      long deploymentId, DatasetProfile baseline, Instant from, Instant to, Part part) {
    ProfileMerger merger = new ProfileMerger();
    merger.add(baseline.emptyWindow());
    List<Long> ids = part.rows();
    for (int at = 0; at < ids.size(); at += ProfileMerger.BATCH) {
      List<Long> batch = ids.subList(at, Math.min(ids.size(), at + ProfileMerger.BATCH));
      Map<Long, byte[]> bytes = store.profiles(batch);
      batch.forEach(id -> merger.add(DatasetProfile.fromBytes(bytes.get(id))));
    }
    long samples = part.storedSamples();
    for (Range r : part.raw()) {
      RawSamples.Profiled p = raw.profile(deploymentId, baseline, r.from(), r.to());
      merger.add(p.profile());
      samples += p.samples();
    }
    return new Window(from, to, merger.result().orElseThrow(), samples, part.storedSamples());
  }
}
