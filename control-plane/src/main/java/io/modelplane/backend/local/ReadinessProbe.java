package io.modelplane.backend.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Asks a runner {@code GET /v2/health/ready}. A 4xx is an answer (not ready, with the runner's
 * reason); no answer at all is what tells a hung runner from a loading one.
 */
final class ReadinessProbe {

  private static final Duration TIMEOUT = Duration.ofSeconds(2);
  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpClient client;

  ReadinessProbe(HttpClient client) {
    this.client = client;
  }

  static ReadinessProbe create() {
    return new ReadinessProbe(
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(TIMEOUT)
            .build());
  }

  Result check(int port) throws InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/v2/health/ready"))
            .timeout(TIMEOUT)
            .GET()
            .build();
    try {
      HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() == 200) {
        return new Result(Kind.READY, "");
      }
      return new Result(Kind.NOT_READY, reason(response));
    } catch (IOException e) {
      return new Result(Kind.NO_ANSWER, String.valueOf(e.getMessage()));
    }
  }

  private static String reason(HttpResponse<String> response) {
    try {
      JsonNode reason = JSON.readTree(response.body()).path("reason");
      if (reason.isTextual()) {
        return reason.asText();
      }
    } catch (IOException e) {
      // not the runner's JSON: fall through to the status code
    }
    return "ready answered " + response.statusCode();
  }

  enum Kind {
    READY,
    NOT_READY,
    NO_ANSWER
  }

  /** What the runner said; {@code detail} is its reason when not ready. */
  record Result(Kind kind, String detail) {}
}
