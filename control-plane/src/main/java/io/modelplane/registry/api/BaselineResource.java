package io.modelplane.registry.api;

import static io.modelplane.security.TenantRole.ADMIN;
import static io.modelplane.security.TenantRole.AUDITOR;
import static io.modelplane.security.TenantRole.ENGINEER;
import static io.modelplane.security.TenantRole.VIEWER;

import io.modelplane.audit.service.Audited;
import io.modelplane.kernel.error.InvalidInputException;
import io.modelplane.registry.artifact.ArtifactStore;
import io.modelplane.registry.baseline.ColumnType;
import io.modelplane.registry.persistence.Baseline;
import io.modelplane.registry.service.BaselineService;
import io.modelplane.security.Caller;
import io.modelplane.security.TenantAccess;
import io.modelplane.web.ETags;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A version's baseline: reference data (CSV with a header row, or JSON lines) for drift monitoring
 * and privacy scans. Column types are inferred; {@code ?types=col:categorical,…} overrides them.
 */
@Path("/api/v1/tenants/{tenant}/models/{model}/versions/{version}/baseline")
@Authenticated
@Tag(name = "models")
public class BaselineResource {

  private static final String CSV = "text/csv";
  private static final String JSONL = "application/jsonl";
  private static final String NDJSON = "application/x-ndjson";

  @Inject BaselineService baselines;
  @Inject ArtifactStore store;
  @Inject Caller caller;

  @PUT
  @Consumes({CSV, JSONL, NDJSON})
  @Produces(MediaType.APPLICATION_JSON)
  @TenantAccess({ADMIN, ENGINEER})
  @Audited(action = "baseline.attach", resource = "baseline")
  public Response attach(
      @PathParam("tenant") String tenant,
      @PathParam("model") String model,
      @PathParam("version") int version,
      @HeaderParam("Content-Type") String contentType,
      @HeaderParam("If-Match") String ifMatch,
      @QueryParam("types") @Size(max = 10_000) String types,
      InputStream data)
      throws IOException {
    String format = contentType.startsWith(CSV) ? "csv" : "jsonl";
    Baseline baseline =
        baselines.attach(
            tenant,
            model,
            version,
            format,
            data,
            overrides(types),
            caller.name(),
            ETags.ifMatch(ifMatch));
    return Response.ok(BaselineView.of(model, version, baseline))
        .tag(ETags.of(baseline.rowVersion))
        .build();
  }

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @TenantAccess({ADMIN, ENGINEER, VIEWER, AUDITOR})
  public Response get(
      @PathParam("tenant") String tenant,
      @PathParam("model") String model,
      @PathParam("version") int version) {
    Baseline baseline = baselines.get(tenant, model, version);
    return Response.ok(BaselineView.of(model, version, baseline))
        .tag(ETags.of(baseline.rowVersion))
        .build();
  }

  /** The data as uploaded, with its digest in the same headers as an artifact download. */
  @GET
  @Path("data")
  @Produces({CSV, JSONL})
  @TenantAccess({ADMIN, ENGINEER, VIEWER, AUDITOR})
  public Response data(
      @PathParam("tenant") String tenant,
      @PathParam("model") String model,
      @PathParam("version") int version) {
    Baseline baseline = baselines.get(tenant, model, version);
    StreamingOutput body = ArtifactStreams.of(store, tenant, baseline.sha256);
    return Response.ok(body, baseline.format.equals("csv") ? CSV : JSONL)
        .header("Content-Length", baseline.size)
        .header("Digest", ArtifactStreams.digest(baseline.sha256))
        .header("X-Baseline-Sha256", baseline.sha256)
        .build();
  }

  private static Map<String, ColumnType> overrides(String types) {
    Map<String, ColumnType> result = new LinkedHashMap<>();
    if (types == null || types.isBlank()) {
      return result;
    }
    for (String pair : types.split(",")) {
      String[] parts = pair.split(":", 2);
      ColumnType type = parts.length == 2 ? ColumnType.fromId(parts[1].trim()).orElse(null) : null;
      if (type == null) {
        throw new InvalidInputException(
            "types", "use column:numeric|categorical|text, comma-separated");
      }
      result.put(parts[0].trim(), type);
    }
    return result;
  }
}
