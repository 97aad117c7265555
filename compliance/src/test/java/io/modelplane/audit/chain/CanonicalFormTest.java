package io.modelplane.audit.chain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/**
 * The canonical form byte for byte, and the leaf hash PostgreSQL's {@code audit_canonical} gave for
 * the same row (V0004's trigger, checked once by hand and pinned here; the database path itself is
 * checked end to end by the control plane's tests).
 */
class CanonicalFormTest {

  static AuditRow row() {
    AuditRow r = new AuditRow();
    r.seq = 0;
    r.tenant = "acme";
    r.occurredAtMicros = 1_769_850_303_000_120L;
    r.actorSubject = "s1";
    r.roles = "admin";
    r.action = "a.b";
    r.resourceType = "model";
    r.outcome = "success";
    r.status = 200;
    // jsonb's own text of {"b":"é\n\u0001","a":[1,2.50,{"z":null,"y":true}]}
    r.details = "{\"a\": [1, 2.50, {\"y\": true, \"z\": null}], \"b\": \"é\\n\\u0001\"}";
    return r;
  }

  @Test
  void shouldWriteSortedCompactJsonWithEveryField() {
    // When the row is encoded
    String text = new String(new CanonicalForm().bytes(row()), StandardCharsets.UTF_8);

    // Then it is the documented form
    assertThat(text)
        .isEqualTo(
            "{\"action\":\"a.b\",\"actor_name\":null,\"actor_subject\":\"s1\",\"client_id\":null,"
                + "\"details\":{\"a\":[1,2.50,{\"y\":true,\"z\":null}],\"b\":\"é\\n\\u0001\"},"
                + "\"occurred_at\":\"2026-01-31T09:05:03.000120Z\",\"outcome\":\"success\","
                + "\"request_id\":null,\"resource_id\":null,\"resource_type\":\"model\","
                + "\"roles\":\"admin\",\"seq\":0,\"source_address\":null,\"status\":200,"
                + "\"tenant\":\"acme\",\"v\":1}");
  }

  @Test
  void shouldHashLikeThePostgresTrigger() {
    assertThat(HexFormat.of().formatHex(new CanonicalForm().leafHash(row())))
        .isEqualTo("ca981816ddbe33b3c6da0c6ad8361a84e0137c5ab7e62c170d09031a9154bc28");
  }

  @Test
  void shouldGiveADifferentHashForAnyChangedField() {
    CanonicalForm form = new CanonicalForm();
    byte[] original = form.leafHash(row());
    AuditRow changed = row();
    changed.seq = 1;

    assertThat(form.leafHash(changed)).isNotEqualTo(original);
  }
}
