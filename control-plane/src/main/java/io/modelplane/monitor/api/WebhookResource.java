package io.modelplane.monitor.api;

import static io.modelplane.security.TenantRole.ADMIN;
import static io.modelplane.security.TenantRole.AUDITOR;

import io.modelplane.audit.service.Audited;
import io.modelplane.monitor.service.WebhookService;
import io.modelplane.security.Caller;
import io.modelplane.security.TenantAccess;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Where alert events go: each is POSTed as JSON, signed with {@code X-Modelplane-Signature:
 * t=<unix>,v1=<hex HMAC-SHA256(secret, "<t>.<body>")>}, retried with backoff until a 2xx.
 */
@Path("/api/v1/tenants/{tenant}/webhooks")
@Authenticated
@Tag(name = "monitoring")
@Produces(MediaType.APPLICATION_JSON)
public class WebhookResource {

  @Inject WebhookService webhooks;
  @Inject Caller caller;

  @GET
  @TenantAccess({ADMIN, AUDITOR})
  public List<WebhookView> list(@PathParam("tenant") String tenant) {
    return webhooks.list().stream().map(WebhookView::of).toList();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @TenantAccess({ADMIN})
  @Audited(action = "webhook.create", resource = "webhook")
  public Response create(
      @PathParam("tenant") String tenant, @NotNull CreateWebhookRequest request) {
    var w = webhooks.create(tenant, request.url(), request.secret(), caller.name());
    return Response.status(Response.Status.CREATED).entity(WebhookView.of(w)).build();
  }

  @DELETE
  @Path("{id}")
  @TenantAccess({ADMIN})
  @Audited(action = "webhook.delete", resource = "webhook")
  public WebhookView delete(@PathParam("tenant") String tenant, @PathParam("id") long id) {
    return WebhookView.of(webhooks.delete(id));
  }
}
