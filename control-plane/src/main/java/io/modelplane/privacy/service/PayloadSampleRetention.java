package io.modelplane.privacy.service;

import io.modelplane.privacy.persistence.PayloadSampleStore;
import io.modelplane.privacy.retention.RetentionParticipant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;

/** Payload samples older than the tenant's retention are deleted. */
@ApplicationScoped
public class PayloadSampleRetention implements RetentionParticipant {

  @Inject PayloadSampleStore samples;

  @Override
  public String name() {
    return "payload-samples";
  }

  @Override
  public long purge(String tenant, Instant cutoff) {
    return samples.purge(tenant, cutoff);
  }
}
