package io.modelplane.registry.api;

import static io.modelplane.security.TenantRole.ADMIN;
import static io.modelplane.security.TenantRole.AUDITOR;
import static io.modelplane.security.TenantRole.ENGINEER;
import static io.modelplane.security.TenantRole.VIEWER;

import io.modelplane.audit.service.Audited;
import io.modelplane.kernel.error.InvalidInputException;
import io.modelplane.registry.persistence.AliasEvent;
import io.modelplane.registry.persistence.ModelAlias;
import io.modelplane.registry.service.AliasService;
import io.modelplane.security.Caller;
import io.modelplane.security.TenantAccess;
import io.modelplane.web.ETags;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Aliases of a model (champion, challenger, …) and their full history. */
@Path("/api/v1/tenants/{tenant}/models/{model}/aliases")
@Authenticated
@Tag(name = "models")
@Produces(MediaType.APPLICATION_JSON)
public class AliasResource {

  @Inject AliasService aliases;
  @Inject Caller caller;

  @GET
  @TenantAccess({ADMIN, ENGINEER, VIEWER, AUDITOR})
  public List<AliasView> list(
      @PathParam("tenant") String tenant, @PathParam("model") String model) {
    return aliases.list(tenant, model).stream().map(a -> AliasView.of(model, a)).toList();
  }

  @GET
  @Path("{alias}")
  @TenantAccess({ADMIN, ENGINEER, VIEWER, AUDITOR})
  public Response get(
      @PathParam("tenant") String tenant,
      @PathParam("model") String model,
      @PathParam("alias") String alias) {
    ModelAlias current = aliases.get(tenant, model, alias);
    return Response.ok(AliasView.of(model, current)).tag(ETags.of(current.rowVersion)).build();
  }

  /** Points the alias at a version; {@code If-Match} guards against a concurrent move. */
  @PUT
  @Path("{alias}")
  @Consumes(MediaType.APPLICATION_JSON)
  @TenantAccess({ADMIN, ENGINEER})
  @Audited(action = "alias.set", resource = "model-alias")
  public Response set(
      @PathParam("tenant") String tenant,
      @PathParam("model") String model,
      @PathParam("alias") @Pattern(regexp = Names.DNS_LABEL, message = Names.DNS_LABEL_MESSAGE)
          String alias,
      @HeaderParam("If-Match") String ifMatch,
      @Valid @NotNull SetAliasRequest request) {
    ModelAlias moved =
        aliases.set(
            tenant,
            model,
            alias,
            request.version(),
            request.reason(),
            caller.name(),
            ETags.ifMatch(ifMatch));
    return Response.ok(AliasView.of(model, moved)).tag(ETags.of(moved.rowVersion)).build();
  }

  @DELETE
  @Path("{alias}")
  @TenantAccess({ADMIN, ENGINEER})
  @Audited(action = "alias.delete", resource = "model-alias")
  public Response delete(
      @PathParam("tenant") String tenant,
      @PathParam("model") String model,
      @PathParam("alias") String alias,
      @QueryParam("reason") @Size(max = 1000) String reason,
      @HeaderParam("If-Match") String ifMatch) {
    aliases.delete(tenant, model, alias, reason, caller.name(), ETags.ifMatch(ifMatch));
    return Response.noContent().build();
  }

  /**
   * Every move, oldest first; with {@code ?at=} only those up to that instant (the last one wins).
   */
  @GET
  @Path("{alias}/history")
  @TenantAccess({ADMIN, ENGINEER, VIEWER, AUDITOR})
  public List<AliasEventView> history(
      @PathParam("tenant") String tenant,
      @PathParam("model") String model,
      @PathParam("alias") String alias,
      @QueryParam("at") String at) {
    List<AliasEvent> events = aliases.history(tenant, model, alias, instant(at));
    return events.stream().map(AliasEventView::of).toList();
  }

  private static Instant instant(String value) {
    try {
      return value == null ? null : Instant.parse(value);
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(
          "at", "must be an ISO-8601 instant such as 2026-01-31T00:00:00Z");
    }
  }
}
