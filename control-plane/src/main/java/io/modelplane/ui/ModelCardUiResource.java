package io.modelplane.ui;

import static io.modelplane.security.TenantRole.ADMIN;
import static io.modelplane.security.TenantRole.AUDITOR;
import static io.modelplane.security.TenantRole.ENGINEER;
import static io.modelplane.security.TenantRole.VIEWER;

import io.modelplane.modelcard.api.ModelCardDocuments;
import io.modelplane.modelcard.service.ModelCard;
import io.modelplane.modelcard.service.ModelCards;
import io.modelplane.security.Caller;
import io.modelplane.security.TenantAccess;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * A version's model card in the admin UI, and its PDF for download (the API's PDF needs a bearer
 * token; this one uses the UI's session). Its own class under the version's path: the registry
 * pages' class keeps {@code /ui/t/{tenant}/models}, and this longer template wins for card URLs.
 */
@Path("/ui/t/{tenant}/models/{model}/versions/{version}/card")
@Authenticated
public class ModelCardUiResource {

  @Inject Caller caller;
  @Inject ModelCards cards;

  @GET
  @Produces(MediaType.TEXT_HTML)
  @TenantAccess({ADMIN, ENGINEER, VIEWER, AUDITOR})
  public TemplateInstance card(
      @PathParam("tenant") String tenant,
      @PathParam("model") String model,
      @PathParam("version") int version) {
    return ModelCardPages.card(
        Shell.of(caller, tenant), cards.card(tenant, model, version, caller.name()));
  }

  @GET
  @Path("pdf")
  @Produces("application/pdf")
  @TenantAccess({ADMIN, ENGINEER, VIEWER, AUDITOR})
  public Response pdf(
      @PathParam("tenant") String tenant,
      @PathParam("model") String model,
      @PathParam("version") int version) {
    ModelCard card = cards.card(tenant, model, version, caller.name());
    return Response.ok(ModelCardDocuments.pdf(card))
        .header(
            "Content-Disposition",
            "attachment; filename=\"" + ModelCardDocuments.fileName(card, "pdf") + "\"")
        .build();
  }
}
