package io.modelplane.audit.api;

import io.modelplane.audit.persistence.BrokenLogException;
import io.modelplane.audit.service.AuditTree;
import io.modelplane.audit.service.Audited;
import io.modelplane.audit.service.Checkpoints;
import io.modelplane.kernel.error.ConflictException;
import io.modelplane.kernel.error.InvalidInputException;
import io.modelplane.kernel.error.NotFoundException;
import io.modelplane.security.Caller;
import io.modelplane.security.TenantAccess;
import io.modelplane.security.TenantRole;
import io.modelplane.web.Page;
import io.modelplane.web.PageParams;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Signed checkpoints of the tenant's audit log and consistency proofs between them. Auditors may
 * create a checkpoint too: it only signs the log as it is, and lets an auditor pin the log before a
 * review.
 */
@Path("/api/v1/tenants/{tenant}/checkpoints")
@Authenticated
@Tag(name = "audit")
@Produces(MediaType.APPLICATION_JSON)
public class CheckpointResource {

  @Inject Checkpoints checkpoints;
  @Inject AuditTree tree;
  @Inject Caller caller;

  /** Signs the current tree head: 201 with the new checkpoint, 200 if the log has not grown. */
  @POST
  @Transactional
  @TenantAccess({TenantRole.ADMIN, TenantRole.AUDITOR})
  @Audited(action = "audit.checkpoint", resource = "checkpoint")
  public Response create(@PathParam("tenant") String tenant, UriInfo uri) {
    Checkpoints.Result result = create(tenant);
    CheckpointView view = CheckpointView.of(result.checkpoint());
    if (!result.created()) {
      return Response.ok(view).build();
    }
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(view.id())).build())
        .entity(view)
        .build();
  }

  /** Checkpoints in the order they were made; {@code nextCursor} goes into {@code after}. */
  @GET
  @Transactional
  @TenantAccess({TenantRole.ADMIN, TenantRole.AUDITOR})
  public Page<CheckpointView> list(
      @PathParam("tenant") String tenant, @Valid @BeanParam PageParams page) {
    long after = cursor(page.after);
    return Page.of(
        checkpoints.page(tenant, after, page.limit + 1),
        page.limit,
        CheckpointView::of,
        c -> String.valueOf(c.id()));
  }

  @GET
  @Path("latest")
  @Transactional
  @TenantAccess({TenantRole.ADMIN, TenantRole.AUDITOR})
  public CheckpointView latest(@PathParam("tenant") String tenant) {
    return checkpoints
        .latest(tenant)
        .map(CheckpointView::of)
        .orElseThrow(() -> new NotFoundException("checkpoint", "latest"));
  }

  @GET
  @Path("{id: [0-9]+}")
  @Transactional
  @TenantAccess({TenantRole.ADMIN, TenantRole.AUDITOR})
  public CheckpointView get(@PathParam("tenant") String tenant, @PathParam("id") long id) {
    return checkpoints
        .byId(tenant, id)
        .map(CheckpointView::of)
        .orElseThrow(() -> new NotFoundException("checkpoint", String.valueOf(id)));
  }

  /**
   * Proves the log of {@code from} events is a prefix of the log of {@code to} events ({@code to}
   * defaults to the current size). Typically {@code from} and {@code to} are the sizes of two
   * checkpoints, which are attached.
   */
  @GET
  @Path("consistency")
  @Transactional
  @TenantAccess({TenantRole.ADMIN, TenantRole.AUDITOR})
  public ConsistencyProofView consistency(
      @PathParam("tenant") String tenant,
      @QueryParam("from") Long from,
      @QueryParam("to") Long to) {
    long size = tree.size(tenant);
    long toSize = to == null ? size : to;
    if (toSize < 0 || toSize > size) {
      throw new InvalidInputException(
          "to", "must be between 0 and %d, the log's size".formatted(size));
    }
    if (from == null || from < 0 || from > toSize) {
      throw new InvalidInputException("from", "must be between 0 and %d".formatted(toSize));
    }
    try {
      return ConsistencyProofView.of(
          tree.consistency(tenant, from, toSize),
          checkpoints.atSize(tenant, from).map(CheckpointView::of).orElse(null),
          checkpoints.atSize(tenant, toSize).map(CheckpointView::of).orElse(null));
    } catch (BrokenLogException e) {
      throw new ConflictException(e.getMessage());
    }
  }

  private Checkpoints.Result create(String tenant) {
    try {
      return checkpoints.create(tenant, caller.name());
    } catch (BrokenLogException e) {
      throw new ConflictException(e.getMessage());
    }
  }

  private static long cursor(String after) {
    try {
      return after == null || after.isBlank() ? 0 : Long.parseLong(after);
    } catch (NumberFormatException e) {
      throw new InvalidInputException("after", "is not a cursor returned by this list");
    }
  }
}
