package io.modelplane.runner.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelplane.runner.batching.QueueClosedException;
import io.modelplane.runner.batching.QueueFullException;
import jakarta.ws.rs.core.Response;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

class ErrorMapperTest {

  private final ErrorMapper mapper = new ErrorMapper();

  @Test
  void shouldAskClientsToRetryWhenTheQueueIsFull() {
    // When
    Response response = mapper.queueFull(new QueueFullException(256));

    // Then
    assertThat(response.getStatus()).isEqualTo(503);
    assertThat(response.getHeaderString("Retry-After")).isEqualTo("1");
    assertThat(((ErrorBody) response.getEntity()).error()).contains("256 requests queued");
  }

  @Test
  void shouldUnwrapFailuresThatCompletedAFuture() {
    // When a queue refusal surfaces through the async response
    Response response = mapper.unexpected(new CompletionException(new QueueClosedException()));

    // Then
    assertThat(response.getStatus()).isEqualTo(503);
    assertThat(((ErrorBody) response.getEntity()).error()).contains("shutting down");
  }
}
