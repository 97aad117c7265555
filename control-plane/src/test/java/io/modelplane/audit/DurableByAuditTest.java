package io.modelplane.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.modelplane.audit.service.DurableByAudit;
import io.modelplane.testing.KeycloakResource;
import io.modelplane.testing.PostgresResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kubernetes.client.KubernetesServerTestResource;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * While an audited call runs, the connections it takes commit without waiting for the disk (its
 * audit event's durable commit flushes them); every other use of the same pooled connections
 * commits durably again, also after a rolled-back transaction. The test database's role is set to
 * durable commits for this, as in production.
 */
@QuarkusTest
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = KeycloakResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = KubernetesServerTestResource.class, scope = TestResourceScope.GLOBAL)
class DurableByAuditTest {

  @Inject AgroalDataSource dataSource;
  @Inject DurableByAudit durable;

  @BeforeEach
  void durableCommitsByDefault() throws SQLException {
    BenchDatabase.synchronousCommit(true);
  }

  @AfterEach
  void backToTheTestDefault() throws SQLException {
    BenchDatabase.synchronousCommit(false);
  }

  @Test
  @ActivateRequestContext
  void shouldDeferCommitsToTheAuditEventOnlyWhileAnAuditedCallRuns() throws SQLException {
    // Given connections outside an audited call commit durably
    assertThat(commitMode(false)).isEqualTo("on");

    // When an audited call runs, even one whose transaction rolls back
    durable.begin();
    String during = commitMode(false);
    String duringRolledBack = commitMode(true);
    durable.end();

    // Then only its connections skipped the wait, and the pool's connections are durable again
    assertThat(during).isEqualTo("off");
    assertThat(duringRolledBack).isEqualTo("off");
    for (int i = 0; i < 5; i++) {
      assertThat(commitMode(i % 2 == 0)).isEqualTo("on");
    }
  }

  /** The commit mode a pooled connection has, read inside a transaction or not. */
  private String commitMode(boolean rollBack) throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      if (rollBack) {
        c.setAutoCommit(false);
      }
      String mode;
      try (Statement s = c.createStatement();
          var rs = s.executeQuery("SHOW synchronous_commit")) {
        rs.next();
        mode = rs.getString(1);
      }
      if (rollBack) {
        c.rollback();
        c.setAutoCommit(true);
      }
      return mode;
    }
  }
}
