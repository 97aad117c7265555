package io.modelplane.privacy;

import io.modelplane.privacy.retention.RetentionParticipant;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** A feature's retention hook as another feature would add it: records the cutoffs it is given. */
@ApplicationScoped
public class RecordingParticipant implements RetentionParticipant {

  private final Map<String, Instant> cutoffs = new ConcurrentHashMap<>();

  /** The last cutoff the tenant was purged with (a method: tests hold a client proxy). */
  public Instant cutoffOf(String tenant) {
    return cutoffs.get(tenant);
  }

  @Override
  public String name() {
    return "recording";
  }

  @Override
  public long purge(String tenant, Instant cutoff) {
    cutoffs.put(tenant, cutoff);
    return 0;
  }
}
