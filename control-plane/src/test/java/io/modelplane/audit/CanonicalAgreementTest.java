package io.modelplane.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelplane.audit.chain.Verification;
import io.modelplane.audit.service.AuditEntry;
import io.modelplane.audit.service.AuditLogWriter;
import io.modelplane.audit.service.AuditVerifier;
import io.modelplane.persistence.TenantWork;
import io.modelplane.testing.KeycloakResource;
import io.modelplane.testing.PostgresResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kubernetes.client.KubernetesServerTestResource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The writer (which hashes events whose number it knows), the database ({@code audit_canonical},
 * V0004) and the Java verifier compute the same canonical bytes for any content: random text with
 * quotes, backslashes, control characters, accents, CJK and emoji, keys whose UTF-16 and code point
 * orders differ, nested details, numbers and nulls, odd timestamps.
 */
@QuarkusTest
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = KeycloakResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = KubernetesServerTestResource.class, scope = TestResourceScope.GLOBAL)
class CanonicalAgreementTest {

  private static final String ALPHABET =
      "aZ09 _-./:@\"\\'\b\f\n\r\t\u0001\u001f\u007f\u0080\u00e9\u00df\u2028\u4e2d\uff61\u20ac";
  private static final String[] ASTRAL = {"😀", "𝄞", "🜁"};

  @Inject AuditLogWriter writer;
  @Inject AuditVerifier verifier;
  @Inject TenantWork tenantWork;

  @Test
  void shouldAgreeWithTheDatabaseOnEveryRandomEvent() {
    // Given 300 events of random content appended one by one (all but the first hashed by the
    // writer, which knows the tenant's next number from the previous append)
    String tenant = AuditFixtures.newTenant("canon");
    Random random = new Random(20261123);
    for (int i = 0; i < 300; i++) {
      writer.append(randomEntry(tenant, random));
    }

    // When the Java side recomputes every leaf hash / Then each equals the stored one
    Verification v = tenantWork.inTransaction(tenant, () -> verifier.verify(tenant));
    assertThat(v.valid()).as(v.reason()).isTrue();
    assertThat(v.treeSize()).isEqualTo(300);
    // and the database's own canonical form of each stored row hashes to the stored leaf hash
    assertThat(leavesTheDatabaseHashesDifferently(tenant)).isZero();
  }

  private static long leavesTheDatabaseHashesDifferently(String tenant) {
    try (Connection c = AuditFixtures.owner();
        PreparedStatement s =
            c.prepareStatement(
                "SELECT count(*) FROM audit_event e WHERE e.tenant = ?"
                    + " AND e.leaf_hash <> sha256('\\x00'::bytea || audit_canonical(e))")) {
      s.setString(1, tenant);
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static AuditEntry randomEntry(String tenant, Random r) {
    Map<String, Object> details = new LinkedHashMap<>();
    for (int k = r.nextInt(5); k > 0; k--) {
      details.put(text(r, 1 + r.nextInt(6)), value(r, 2));
    }
    return new AuditEntry(
        tenant,
        Instant.ofEpochSecond(r.nextLong(0, 4_102_444_800L), r.nextInt(1_000_000) * 1000L),
        text(r, 1 + r.nextInt(30)),
        r.nextBoolean() ? null : text(r, r.nextInt(20)),
        r.nextBoolean() ? null : text(r, 10),
        r.nextBoolean() ? "" : "admin,auditor",
        text(r, 1 + r.nextInt(20)),
        text(r, 1 + r.nextInt(10)),
        r.nextBoolean() ? null : text(r, r.nextInt(40)),
        List.of("success", "failure", "denied").get(r.nextInt(3)),
        100 + r.nextInt(500),
        r.nextBoolean() ? null : text(r, 36),
        r.nextBoolean() ? null : "10.0.0." + r.nextInt(256),
        details);
  }

  private static Object value(Random r, int depth) {
    return switch (r.nextInt(depth > 0 ? 8 : 5)) {
      case 0 -> text(r, r.nextInt(25));
      case 1 -> r.nextLong();
      case 2 -> r.nextDouble() * 1000;
      case 3 -> r.nextBoolean();
      case 4 -> null;
      case 5 -> Arrays.asList(value(r, depth - 1), value(r, depth - 1));
      default -> {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put(text(r, 3), value(r, depth - 1));
        m.put(text(r, 3), value(r, depth - 1));
        yield m;
      }
    };
  }

  private static String text(Random r, int length) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < length; i++) {
      if (r.nextInt(10) == 0) {
        b.append(ASTRAL[r.nextInt(ASTRAL.length)]);
      } else {
        b.append(ALPHABET.charAt(r.nextInt(ALPHABET.length())));
      }
    }
    return b.toString();
  }
}
