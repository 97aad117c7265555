package io.modelplane.modelcard.api;

import static io.modelplane.security.TenantRole.ADMIN;
import static io.modelplane.security.TenantRole.AUDITOR;
import static io.modelplane.security.TenantRole.ENGINEER;
import static io.modelplane.security.TenantRole.VIEWER;

import io.modelplane.modelcard.service.ModelCard;
import io.modelplane.modelcard.service.ModelCards;
import io.modelplane.security.Caller;
import io.modelplane.security.TenantAccess;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A version's model card, generated on each request. The rendering is chosen with {@code ?format=}
 * (as audit reports do) rather than the Accept header, so a link or a {@code curl -o} gets the same
 * document a browser does.
 */
@Path("/api/v1/tenants/{tenant}/models/{model}/versions/{version}/card")
@Authenticated
@Tag(name = "compliance")
public class ModelCardResource {

  @Inject ModelCards cards;
  @Inject Caller caller;

  @GET
  @Produces({MediaType.TEXT_HTML, "application/pdf", MediaType.APPLICATION_JSON})
  @TenantAccess({ADMIN, ENGINEER, VIEWER, AUDITOR})
  @Operation(
      summary = "Model card of a version",
      description =
          "Model details, intended use, signature, metrics and parameters, lineage, stages,"
              + " approvals and aliases, the baseline with column statistics, and the last 24 hours"
              + " of monitoring of every deployment that served the version (latency, drift,"
              + " alerts), with the newest signed audit checkpoint. Sections without data say so.")
  @APIResponse(
      responseCode = "200",
      description = "The card as XHTML (default), PDF or JSON",
      content = {
        @Content(mediaType = MediaType.TEXT_HTML),
        @Content(mediaType = "application/pdf"),
        @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ModelCard.class))
      })
  @APIResponse(responseCode = "400", description = "`format` is not html, pdf or json")
  @APIResponse(responseCode = "404", description = "No such model or version in the tenant")
  public Response card(
      @PathParam("tenant") String tenant,
      @PathParam("model") String model,
      @PathParam("version") int version,
      @Parameter(
              description = "html (default), pdf or json",
              schema =
                  @Schema(
                      type = SchemaType.STRING,
                      enumeration = {"html", "pdf", "json"},
                      defaultValue = "html"))
          @QueryParam("format")
          String format) {
    CardFormat chosen = CardFormat.parse(format);
    ModelCard card = cards.card(tenant, model, version, caller.name());
    Object body =
        switch (chosen) {
          case HTML -> ModelCardDocuments.xhtml(card);
          case PDF -> ModelCardDocuments.pdf(card);
          case JSON -> card;
        };
    Response.ResponseBuilder response = Response.ok(body, chosen.mediaType);
    if (chosen == CardFormat.PDF) {
      response.header(
          "Content-Disposition",
          "attachment; filename=\"" + ModelCardDocuments.fileName(card, "pdf") + "\"");
    }
    return response.build();
  }
}
