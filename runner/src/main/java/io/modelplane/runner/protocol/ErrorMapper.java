package io.modelplane.runner.protocol;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.modelplane.runner.batching.QueueClosedException;
import io.modelplane.runner.batching.QueueFullException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.concurrent.CompletionException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Every failure becomes the protocol's {"error": "..."} body with the right status. */
public class ErrorMapper {

  private static final Logger LOG = Logger.getLogger(ErrorMapper.class);

  @ServerExceptionMapper
  public Response protocol(ProtocolException e) {
    Response.ResponseBuilder response = Response.status(e.status());
    if (e.status() == 503) {
      response.header("Retry-After", "1");
    }
    return body(response, e.getMessage());
  }

  @ServerExceptionMapper
  public Response queueFull(QueueFullException e) {
    return body(Response.status(503).header("Retry-After", "1"), e.getMessage());
  }

  @ServerExceptionMapper
  public Response closed(QueueClosedException e) {
    return body(Response.status(503).header("Retry-After", "1"), e.getMessage());
  }

  @ServerExceptionMapper
  public Response malformedJson(JsonProcessingException e) {
    return body(Response.status(400), "malformed JSON: " + e.getOriginalMessage());
  }

  @ServerExceptionMapper
  public Response framework(WebApplicationException e) {
    int status = e.getResponse().getStatus();
    if (e.getCause() instanceof JsonProcessingException json) {
      return malformedJson(json);
    }
    return body(Response.status(status), e.getMessage());
  }

  @ServerExceptionMapper
  public Response unexpected(Throwable e) {
    Throwable cause = e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
    if (cause instanceof ProtocolException protocol) {
      return protocol(protocol);
    }
    if (cause instanceof QueueFullException full) {
      return queueFull(full);
    }
    if (cause instanceof QueueClosedException closed) {
      return closed(closed);
    }
    LOG.error("Inference failed", cause);
    return body(Response.status(500), cause.getMessage());
  }

  private static Response body(Response.ResponseBuilder response, String message) {
    return response
        .type(MediaType.APPLICATION_JSON_TYPE)
        .entity(new ErrorBody(message == null ? "error" : message))
        .build();
  }
}
