package io.modelplane.leader;

import io.smallrye.health.api.Wellness;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;

/**
 * Shows under {@code /q/health} (and {@code /q/health/well}) whether this replica leads and who
 * does. Always up, and neither a liveness nor a readiness check: a follower serves the API and the
 * gateway as well as the leader, so Kubernetes must neither restart it nor take it out of the
 * Service.
 */
@Wellness
@ApplicationScoped
public class LeadershipHealthCheck implements HealthCheck {

  @Inject Leadership leadership;

  @Override
  public HealthCheckResponse call() {
    return HealthCheckResponse.named("Leadership")
        .up()
        .withData("leader", leadership.isLeader())
        .withData("identity", leadership.identity())
        .withData("lock", leadership.kind())
        .withData("leaderIdentity", leadership.leaderIdentity().orElse("unknown"))
        .build();
  }
}
