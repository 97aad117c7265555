package io.modelplane.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.modelplane.kernel.tenancy.TenantContext;
import io.modelplane.testing.KeycloakResource;
import io.modelplane.testing.PostgresResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kubernetes.client.KubernetesServerTestResource;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;

/** The database itself keeps tenants apart, even when application code forgets to. */
@QuarkusTest
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = KeycloakResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = KubernetesServerTestResource.class, scope = TestResourceScope.GLOBAL)
class RowLevelSecurityTest {

  @Inject EntityManager em;
  @Inject TenantContext tenantContext;

  @Test
  @ActivateRequestContext
  void shouldHideOtherTenantsRowsFromQueryWithoutTenantFilter() {
    // Given audit rows in acme and in globex
    inTenant("acme", () -> insertAuditRow("acme"));
    inTenant("globex", () -> insertAuditRow("globex"));

    // When acme runs a query that forgets the tenant filter
    List<?> tenants =
        inTenant(
            "acme", () -> em.createNativeQuery("SELECT tenant FROM audit_event").getResultList());

    // Then it sees acme's rows only
    assertThat(tenants).isNotEmpty().allMatch("acme"::equals);
  }

  @Test
  @ActivateRequestContext
  void shouldSeeNoTenantRowsWithoutTenant() {
    // Given rows exist for acme
    inTenant("acme", () -> insertAuditRow("acme"));

    // When a connection acts for no tenant
    Number count =
        inTenant(
            null,
            () ->
                (Number)
                    em.createNativeQuery("SELECT count(*) FROM audit_event").getSingleResult());

    // Then it sees nothing
    assertThat(count.longValue()).isZero();
  }

  @Test
  @ActivateRequestContext
  void shouldRefuseWritingRowOfAnotherTenant() {
    // Given a connection acting for acme
    // When it tries to write a globex row / Then the policy's WITH CHECK refuses it
    assertThatThrownBy(() -> inTenant("acme", () -> insertAuditRow("globex")))
        .hasStackTraceContaining("row-level security");
  }

  @Test
  @ActivateRequestContext
  void shouldOnlyAppendToAuditTrail() {
    // Given an audit row in acme
    inTenant("acme", () -> insertAuditRow("acme"));

    // When the application role tries to rewrite or delete history / Then PostgreSQL refuses
    assertThatThrownBy(
            () ->
                inTenant(
                    "acme",
                    () ->
                        em.createNativeQuery("UPDATE audit_event SET action = 'x'")
                            .executeUpdate()))
        .hasStackTraceContaining("permission denied");
    assertThatThrownBy(
            () ->
                inTenant(
                    "acme", () -> em.createNativeQuery("DELETE FROM audit_event").executeUpdate()))
        .hasStackTraceContaining("permission denied");
  }

  @Test
  @ActivateRequestContext
  void shouldConnectAsRoleThatOwnsNoTableAndCannotBypassPolicies() {
    // When the application's connection describes itself
    Object[] role =
        inTenant(
            null,
            () ->
                (Object[])
                    em.createNativeQuery(
                            "SELECT r.rolname, r.rolbypassrls, r.rolsuper,"
                                + " (SELECT count(*) FROM pg_tables t WHERE t.tableowner = current_user)"
                                + " FROM pg_roles r WHERE r.rolname = current_user")
                        .getSingleResult());

    // Then it is the app role, owns no table and is bound by row-level security
    assertThat(role[0]).isEqualTo("modelplane_app");
    assertThat(role[1]).isEqualTo(false);
    assertThat(role[2]).isEqualTo(false);
    assertThat(((Number) role[3]).longValue()).isZero();
  }

  private <T> T inTenant(String tenant, Callable<T> work) {
    if (tenant == null) {
      tenantContext.leave();
    } else {
      tenantContext.enter(tenant);
    }
    try {
      return QuarkusTransaction.requiringNew().call(work);
    } finally {
      tenantContext.leave();
    }
  }

  private int insertAuditRow(String tenant) {
    return em.createNativeQuery(
            "INSERT INTO audit_event (tenant, occurred_at, actor_subject, roles, action, resource_type, outcome, status)"
                + " VALUES (?1, now(), 'rls-test', '', 'test.write', 'test', 'success', 200)")
        .setParameter(1, tenant)
        .executeUpdate();
  }
}
