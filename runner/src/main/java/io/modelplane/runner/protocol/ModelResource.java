package io.modelplane.runner.protocol;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.modelplane.runner.engine.ModelSignature;
import io.modelplane.runner.engine.Tensor;
import io.modelplane.runner.engine.TensorSpec;
import io.modelplane.runner.model.ServedModel;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;

/**
 * Model metadata, readiness and inference: everything under /v2/models/{model}. Inference requests
 * are validated and queued on the I/O thread; the engine runs on the batching workers and the
 * response is written when their future completes.
 */
@Path("/v2/models/{model}")
@Produces(MediaType.APPLICATION_JSON)
public class ModelResource {

  private final ModelRoute route;
  private final ServedModel served;
  private final ObjectMapper json;

  ModelResource(ModelRoute route, ServedModel served, ObjectMapper json) {
    this.route = route;
    this.served = served;
    this.json = json;
  }

  @GET
  public ModelMetadata model(@PathParam("model") String model) {
    return metadata(model, null);
  }

  @GET
  @Path("versions/{version}")
  public ModelMetadata modelVersion(
      @PathParam("model") String model, @PathParam("version") String version) {
    return metadata(model, version);
  }

  @GET
  @Path("ready")
  public Response ready(@PathParam("model") String model) {
    return readiness(model, null);
  }

  @GET
  @Path("versions/{version}/ready")
  public Response versionReady(
      @PathParam("model") String model, @PathParam("version") String version) {
    return readiness(model, version);
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Path("infer")
  public CompletionStage<InferenceResponse> infer(
      @PathParam("model") String model, InferenceRequest request) {
    return run(model, null, request, Map.of());
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Path("versions/{version}/infer")
  public CompletionStage<InferenceResponse> inferVersion(
      @PathParam("model") String model,
      @PathParam("version") String version,
      InferenceRequest request) {
    return run(model, version, request, Map.of());
  }

  /** The binary tensor data extension; see {@link BinaryBody}. Outputs are still JSON. */
  @POST
  @Consumes(MediaType.APPLICATION_OCTET_STREAM)
  @Path("infer")
  public CompletionStage<InferenceResponse> inferBinary(
      @PathParam("model") String model,
      @HeaderParam(BinaryBody.HEADER_LENGTH) String headerLength,
      byte[] body)
      throws IOException {
    return runBinary(model, null, headerLength, body);
  }

  @POST
  @Consumes(MediaType.APPLICATION_OCTET_STREAM)
  @Path("versions/{version}/infer")
  public CompletionStage<InferenceResponse> inferVersionBinary(
      @PathParam("model") String model,
      @PathParam("version") String version,
      @HeaderParam(BinaryBody.HEADER_LENGTH) String headerLength,
      byte[] body)
      throws IOException {
    return runBinary(model, version, headerLength, body);
  }

  private CompletionStage<InferenceResponse> runBinary(
      String model, String version, String headerLength, byte[] body) throws IOException {
    route.requireReady(model, version);
    if (headerLength == null) {
      return run(model, version, json.readValue(body, InferenceRequest.class), Map.of());
    }
    BinaryBody binary = BinaryBody.parse(body, headerLength, json);
    return run(model, version, binary.request(), binary.tensors());
  }

  private CompletionStage<InferenceResponse> run(
      String model, String version, InferenceRequest request, Map<String, ByteBuffer> binary) {
    ModelSignature signature = route.requireReady(model, version);
    List<Tensor> inputs = RequestDecoder.decode(request, signature, binary);
    // Serialising the response belongs on the I/O thread, not on the engine thread that completes
    // the future: otherwise one batching worker ends up writing every response in its batch.
    Context context = Vertx.currentContext();
    Executor ioThread =
        context == null ? Runnable::run : task -> context.runOnContext(v -> task.run());
    return served.infer(inputs).thenApplyAsync(outputs -> response(request, outputs), ioThread);
  }

  private InferenceResponse response(InferenceRequest request, List<Tensor> outputs) {
    List<InferenceResponse.ResponseOutput> bodies =
        outputs.stream()
            .map(
                t ->
                    new InferenceResponse.ResponseOutput(
                        t.name(), t.datatype().name(), t.shape(), t.data()))
            .toList();
    return new InferenceResponse(route.name(), route.version(), request.id(), bodies);
  }

  private ModelMetadata metadata(String model, String version) {
    ModelSignature signature = route.requireReady(model, version);
    return new ModelMetadata(
        route.name(),
        List.of(route.version()),
        signature.platform(),
        tensors(signature.inputs()),
        tensors(signature.outputs()));
  }

  private Response readiness(String model, String version) {
    route.requireKnown(model, version);
    boolean ready = served.status() == ServedModel.Status.READY;
    return Response.status(ready ? Response.Status.OK : Response.Status.BAD_REQUEST)
        .entity(new Readiness(route.name(), null, ready, null))
        .build();
  }

  private static List<ModelMetadata.TensorMetadata> tensors(List<TensorSpec> specs) {
    return specs.stream()
        .map(s -> new ModelMetadata.TensorMetadata(s.name(), s.datatype().name(), s.shape()))
        .toList();
  }
}
