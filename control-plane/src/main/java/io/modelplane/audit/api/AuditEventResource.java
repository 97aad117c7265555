package io.modelplane.audit.api;

import io.modelplane.audit.persistence.AuditEventRepository;
import io.modelplane.audit.persistence.AuditEventRepository.AuditQuery;
import io.modelplane.audit.persistence.BrokenLogException;
import io.modelplane.audit.service.AuditTree;
import io.modelplane.audit.service.AuditVerifier;
import io.modelplane.audit.service.Checkpoints;
import io.modelplane.kernel.error.ConflictException;
import io.modelplane.kernel.error.InvalidInputException;
import io.modelplane.kernel.error.NotFoundException;
import io.modelplane.security.TenantAccess;
import io.modelplane.security.TenantRole;
import io.modelplane.web.Page;
import io.modelplane.web.PageParams;
import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The tenant's audit log, for admins and auditors: events (filtered, cursor-paginated), the
 * inclusion proof of one event, and a full verification of the log against its signed checkpoints.
 */
@Path("/api/v1/tenants/{tenant}/audit-events")
@Authenticated
@Tag(name = "audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditEventResource {

  @Inject AuditEventRepository events;
  @Inject AuditTree tree;
  @Inject AuditVerifier verifier;
  @Inject Checkpoints checkpoints;
  @Inject Clock clock;

  /**
   * Events in sequence order ({@code order=desc} for newest first); {@code nextCursor} is the last
   * sequence number shown, to pass as {@code after}. {@code actor} matches user name, subject or
   * client id.
   */
  @GET
  @Transactional
  @TenantAccess({TenantRole.ADMIN, TenantRole.AUDITOR})
  public Page<AuditEventView> list(
      @PathParam("tenant") String tenant,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("actor") @Size(max = 200) String actor,
      @QueryParam("action") @Size(max = 100) String action,
      @QueryParam("resourceType") @Size(max = 100) String resourceType,
      @QueryParam("resourceId") @Size(max = 500) String resourceId,
      @QueryParam("outcome") @Pattern(regexp = "success|failure|denied") String outcome,
      @QueryParam("order") @DefaultValue("asc") @Pattern(regexp = "asc|desc") String order,
      @Valid @BeanParam PageParams page) {
    AuditQuery query =
        new AuditQuery(
            instant("from", from),
            instant("to", to),
            blankToNull(actor),
            blankToNull(action),
            blankToNull(resourceType),
            blankToNull(resourceId),
            blankToNull(outcome),
            order.equals("desc"),
            cursor(page.after),
            page.limit + 1);
    return Page.of(
        events.page(tenant, query), page.limit, AuditEventView::of, e -> String.valueOf(e.seq));
  }

  @GET
  @Path("{seq: [0-9]+}")
  @Transactional
  @TenantAccess({TenantRole.ADMIN, TenantRole.AUDITOR})
  public AuditEventView get(@PathParam("tenant") String tenant, @PathParam("seq") long seq) {
    return events
        .bySeq(tenant, seq)
        .map(AuditEventView::of)
        .orElseThrow(() -> new NotFoundException("audit event", String.valueOf(seq)));
  }

  /**
   * Proves event {@code seq} is in the tree of {@code treeSize} events; by default the newest
   * checkpoint's size when it covers the event, else the current size of the log.
   */
  @GET
  @Path("{seq: [0-9]+}/inclusion-proof")
  @Transactional
  @TenantAccess({TenantRole.ADMIN, TenantRole.AUDITOR})
  public InclusionProofView inclusionProof(
      @PathParam("tenant") String tenant,
      @PathParam("seq") long seq,
      @QueryParam("treeSize") Long treeSize) {
    long size = tree.size(tenant);
    if (seq >= size) {
      throw new NotFoundException("audit event", String.valueOf(seq));
    }
    long proofSize = treeSize != null ? treeSize : defaultTreeSize(tenant, seq, size);
    if (proofSize <= seq || proofSize > size) {
      throw new InvalidInputException(
          "treeSize",
          "must be greater than %d and at most %d, the log's size".formatted(seq, size));
    }
    try {
      return InclusionProofView.of(
          tree.inclusion(tenant, seq, proofSize),
          checkpoints.atSize(tenant, proofSize).map(CheckpointView::of).orElse(null));
    } catch (BrokenLogException e) {
      throw new ConflictException(e.getMessage());
    }
  }

  /**
   * Recomputes every leaf hash from the stored events and the tree from them, and checks both
   * against the stored hashes and every signed checkpoint.
   */
  @GET
  @Path("verify")
  @Transactional
  @TransactionConfiguration(timeout = 600)
  @TenantAccess({TenantRole.ADMIN, TenantRole.AUDITOR})
  public VerificationView verify(@PathParam("tenant") String tenant) {
    Instant started = clock.instant();
    long t0 = System.nanoTime();
    var result = verifier.verify(tenant);
    return VerificationView.of(result, started, (System.nanoTime() - t0) / 1_000_000);
  }

  private long defaultTreeSize(String tenant, long seq, long size) {
    return checkpoints
        .latest(tenant)
        .filter(c -> c.treeSize() > seq)
        .map(c -> c.treeSize())
        .orElse(size);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }

  static Instant instant(String field, String value) {
    try {
      return value == null || value.isBlank() ? null : Instant.parse(value);
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(
          field, "must be an ISO-8601 instant such as 2026-01-31T00:00:00Z");
    }
  }

  private static Long cursor(String after) {
    try {
      return after == null || after.isBlank() ? null : Long.parseLong(after);
    } catch (NumberFormatException e) {
      throw new InvalidInputException("after", "is not a cursor returned by this list");
    }
  }
}
