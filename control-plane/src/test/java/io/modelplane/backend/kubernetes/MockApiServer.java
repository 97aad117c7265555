package io.modelplane.backend.kubernetes;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.mockwebserver.Context;
import io.fabric8.mockwebserver.MockWebServer;
import io.fabric8.mockwebserver.ServerRequest;
import io.fabric8.mockwebserver.ServerResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Queue;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * fabric8's mock API server in CRUD mode (it stores and returns real objects, serves lists by label
 * and watches), over plain HTTP, with a fault switch. The backend under test talks to it through a
 * real client.
 */
final class MockApiServer implements AutoCloseable {

  /** The mock logs every request at INFO; the benchmark sends tens of thousands. */
  private static final Logger MOCK_LOG = Logger.getLogger("io.fabric8.mockwebserver.MockWebServer");

  static {
    MOCK_LOG.setLevel(Level.WARNING);
  }

  private final Map<ServerRequest, Queue<ServerResponse>> expectations = new HashMap<>();
  private final FaultInjectingDispatcher dispatcher = new FaultInjectingDispatcher(expectations);
  private final KubernetesMockServer server =
      new KubernetesMockServer(new Context(), new MockWebServer(), expectations, dispatcher, false);

  MockApiServer() {
    server.init();
  }

  /**
   * A client that gives up on a request after {@code requestTimeout} and does not retry by itself:
   * retrying is the reconciler's job, and a test needs to see each failure.
   */
  KubernetesClient client(Duration requestTimeout) {
    return server.createClient(
        builder ->
            builder
                .editOrNewConfig()
                .withRequestTimeout((int) requestTimeout.toMillis())
                .withRequestRetryBackoffLimit(0)
                .endConfig());
  }

  KubernetesClient client() {
    return client(Duration.ofSeconds(10));
  }

  KubernetesMockServer server() {
    return server;
  }

  FaultInjectingDispatcher faults() {
    return dispatcher;
  }

  long writes() {
    return dispatcher.writes();
  }

  @Override
  public void close() {
    server.destroy();
  }
}
