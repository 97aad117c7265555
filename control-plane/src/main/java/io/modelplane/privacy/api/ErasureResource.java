package io.modelplane.privacy.api;

import static io.modelplane.security.TenantRole.ADMIN;
import static io.modelplane.security.TenantRole.AUDITOR;

import io.modelplane.audit.service.Audited;
import io.modelplane.kernel.error.DomainException;
import io.modelplane.kernel.tenancy.RequestMetadata;
import io.modelplane.privacy.persistence.ErasureRequest;
import io.modelplane.privacy.service.ErasureService;
import io.modelplane.security.Caller;
import io.modelplane.security.TenantAccess;
import io.modelplane.web.Page;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Erasure requests (GDPR Art. 17): every sampled payload holding the subject is deleted at once and
 * the evidence kept. An unknown subject is a completed request that deleted nothing. Neither the
 * evidence nor the audit trail holds the subject.
 */
@Path("/api/v1/tenants/{tenant}/erasure-requests")
@Authenticated
@Tag(name = "compliance")
@Produces(MediaType.APPLICATION_JSON)
public class ErasureResource {

  @Inject ErasureService erasures;
  @Inject Caller caller;
  @Inject RequestMetadata request;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @TenantAccess(ADMIN)
  @Audited(action = "erasure.request", resource = "erasure-request")
  public Response erase(
      @PathParam("tenant") String tenant, @Valid @NotNull ErasureBody body, @Context UriInfo uri) {
    ErasureRequest evidence;
    try {
      evidence = erasures.erase(tenant, body.subject().strip(), caller.name(), request.requestId());
    } catch (DomainException e) {
      throw e;
    } catch (RuntimeException e) {
      // the audit trail records the message of what is thrown here: it must not carry the subject
      throw new IllegalStateException("the erasure failed; nothing was deleted", e);
    }
    return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(evidence.id)).build())
        .entity(ErasureView.of(evidence))
        .build();
  }

  @GET
  @TenantAccess({ADMIN, AUDITOR})
  public Page<ErasureView> list(
      @PathParam("tenant") String tenant,
      @QueryParam("after") Long after,
      @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit) {
    return Page.of(
        erasures.list(tenant, after, limit + 1), limit, ErasureView::of, e -> Long.toString(e.id));
  }

  @GET
  @Path("{id}")
  @TenantAccess({ADMIN, AUDITOR})
  public ErasureView get(@PathParam("tenant") String tenant, @PathParam("id") long id) {
    return ErasureView.of(erasures.get(tenant, id));
  }
}
