package io.modelplane.leader;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * {@code modelplane_leader}: 1 on the replica that leads, 0 on the others; summed over the replicas
 * it must be 1 (0 for longer than a lease duration means no leader, above 1 split brain).
 */
@ApplicationScoped
public class LeadershipGauge {

  @Inject MeterRegistry registry;
  @Inject Leadership leadership;

  void register(@Observes StartupEvent event) {
    Gauge.builder("modelplane.leader", leadership, l -> l.isLeader() ? 1 : 0)
        .description("1 when this control-plane replica leads (runs the reconciler and jobs)")
        .tag("lock", leadership.kind())
        .strongReference(true)
        .register(registry);
  }
}
