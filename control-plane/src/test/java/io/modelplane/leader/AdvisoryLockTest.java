package io.modelplane.leader;

import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.modelplane.testing.KeycloakResource;
import io.modelplane.testing.PostgresResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kubernetes.client.KubernetesServerTestResource;
import jakarta.inject.Inject;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The PostgreSQL leadership of a control plane without the Kubernetes backend: two contenders on
 * the real database (this application itself elects through its Lease, so the lock is free).
 */
@QuarkusTest
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = KeycloakResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = KubernetesServerTestResource.class, scope = TestResourceScope.GLOBAL)
class AdvisoryLockTest {

  @Inject AgroalDataSource dataSource;

  private final Contender first = new Contender("first");
  private final Contender second = new Contender("second");

  @AfterEach
  void release() {
    for (Contender c : new Contender[] {first, second}) {
      if (c.lock != null) {
        c.lock.stop();
      }
    }
  }

  @Test
  void shouldLetExactlyOneContenderLeadAndNameItToTheOther() {
    // When two replicas compete for the lock
    first.start();
    second.start();

    // Then the first one leads, and the second one knows who does
    assertThat(first.leading).isTrue();
    assertThat(second.leading).isFalse();
    assertThat(second.leader).hasValue("first");
  }

  @Test
  void shouldHandOverWhenTheLeaderLetsGo() {
    // Given a leader and a follower
    first.start();
    second.start();

    // When the leader stops (its session's lock is released)
    first.lock.stop();
    second.lock.check();

    // Then the follower leads on its next check
    assertThat(second.leading).isTrue();
    assertThat(second.leader).hasValue("second");
  }

  @Test
  void shouldKeepLeadingAcrossChecks() {
    // Given a leader
    first.start();
    second.start();

    // When both check again
    first.lock.check();
    second.lock.check();

    // Then nothing changed
    assertThat(first.leading).isTrue();
    assertThat(second.leading).isFalse();
  }

  private final class Contender implements LeaderLock.Listener {
    final String identity;
    AdvisoryLock lock;
    final AtomicReference<String> leader = new AtomicReference<>();
    boolean leading;

    Contender(String identity) {
      this.identity = identity;
    }

    void start() {
      lock = new AdvisoryLock(dataSource);
      lock.start(identity, this);
    }

    @Override
    public void leading(boolean leading) {
      this.leading = leading;
    }

    @Override
    public void leaderIs(String identity) {
      leader.set(identity);
    }
  }
}
