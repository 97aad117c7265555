package io.modelplane.audit.service;

import io.modelplane.audit.chain.AuditRow;
import io.modelplane.audit.chain.CanonicalForm;
import io.modelplane.audit.chain.JsonText;
import io.modelplane.audit.chain.UtcMicros;
import io.modelplane.audit.chain.Utf8Bytes;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A batch of events as the JSON array {@code audit_append} takes, one object per event. Where the
 * next sequence number of an event's tenant is known (from that tenant's previous batch), the event
 * also carries that number and its leaf hash, computed here, so the database need not build the
 * canonical form; it keeps the hash only if the number is the one it assigns and computes it itself
 * otherwise (V0010). One instance per writer thread: it reuses its buffers and digest.
 */
final class AppendBatch {

  private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

  private final CanonicalForm form = new CanonicalForm();
  private final AuditRow row = new AuditRow();
  private final Utf8Bytes out = new Utf8Bytes();
  private final Utf8Bytes details = new Utf8Bytes();
  private final byte[] hash = new byte[32];

  /**
   * The JSON of {@code entries}, which are grouped by tenant; {@code next} maps a tenant to the
   * sequence number its next event is expected to get (tenants without an entry get no hash).
   */
  String json(List<AuditEntry> entries, Map<String, Long> next) {
    out.clear();
    out.ascii('[');
    String tenant = null;
    long seq = -1;
    for (int i = 0; i < entries.size(); i++) {
      AuditEntry e = entries.get(i);
      if (i == 0 || !Objects.equals(e.tenant(), tenant)) {
        tenant = e.tenant();
        seq = next.getOrDefault(tenant, -1L);
      }
      out.ascii(i == 0 ? "{" : ",{");
      write(e);
      if (seq >= 0) {
        out.ascii(",\"seq\":").number(seq);
        out.ascii(",\"leaf_hash\":\"");
        hex(leafHash(e, seq));
        out.ascii('"');
        seq++;
      }
      out.ascii('}');
    }
    out.ascii(']');
    return new String(out.array(), 0, out.length(), StandardCharsets.UTF_8);
  }

  private void write(AuditEntry e) {
    field("tenant", e.tenant());
    out.ascii(",\"occurred_at\":\"");
    UtcMicros.write(UtcMicros.of(e.occurredAt()), out);
    out.ascii("\",");
    field("actor_subject", e.actorSubject());
    out.ascii(',');
    field("actor_name", e.actorName());
    out.ascii(',');
    field("client_id", e.clientId());
    out.ascii(',');
    field("roles", e.roles());
    out.ascii(',');
    field("action", e.action());
    out.ascii(',');
    field("resource_type", e.resourceType());
    out.ascii(',');
    field("resource_id", e.resourceId());
    out.ascii(',');
    field("outcome", e.outcome());
    out.ascii(",\"status\":").number(e.status());
    out.ascii(',');
    field("request_id", e.requestId());
    out.ascii(',');
    field("source_address", e.sourceAddress());
    details.clear();
    JsonText.canonical(e.details() == null ? Map.of() : (Object) e.details(), details);
    out.ascii(",\"details\":").append(details);
  }

  /** The leaf hash the stored row will have if it gets {@code seq} (details as just written). */
  private byte[] leafHash(AuditEntry e, long seq) {
    row.seq = seq;
    row.tenant = e.tenant();
    row.occurredAtMicros = UtcMicros.of(e.occurredAt());
    row.actorSubject = e.actorSubject();
    row.actorName = e.actorName();
    row.clientId = e.clientId();
    row.roles = e.roles();
    row.action = e.action();
    row.resourceType = e.resourceType();
    row.resourceId = e.resourceId();
    row.outcome = e.outcome();
    row.status = e.status();
    row.requestId = e.requestId();
    row.sourceAddress = e.sourceAddress();
    row.details = new String(details.array(), 0, details.length(), StandardCharsets.UTF_8);
    form.leafHash(row, hash);
    return hash;
  }

  private void field(String name, String value) {
    out.ascii('"').ascii(name).ascii("\":");
    JsonText.string(value, out);
  }

  private void hex(byte[] bytes) {
    for (byte b : bytes) {
      out.ascii((char) HEX[(b >> 4) & 0xf]).ascii((char) HEX[b & 0xf]);
    }
  }
}
