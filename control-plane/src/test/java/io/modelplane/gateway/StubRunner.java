package io.modelplane.gateway;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A stand-in runner replica on a free loopback port (a real HTTP server) whose behaviour a test
 * switches: answer like a runner, fail with 500, or take the request and never answer. It counts
 * the inference requests it received.
 */
public final class StubRunner implements AutoCloseable {

  public enum Behaviour {
    ANSWER,
    FAIL,
    SILENT
  }

  private final HttpServer server;
  private final AtomicInteger received = new AtomicInteger();
  private volatile Behaviour behaviour;

  private StubRunner(Vertx vertx, Behaviour behaviour, int modelVersion) {
    this.behaviour = behaviour;
    this.server =
        vertx
            .createHttpServer()
            .requestHandler(
                request ->
                    request
                        .body()
                        .onSuccess(
                            body -> {
                              received.incrementAndGet();
                              switch (this.behaviour) {
                                case ANSWER ->
                                    request
                                        .response()
                                        .putHeader("Content-Type", "application/json")
                                        .end(
                                            "{\"model_name\":\"m\",\"model_version\":\"%d\",\"outputs\":[]}"
                                                .formatted(modelVersion));
                                case FAIL ->
                                    request
                                        .response()
                                        .setStatusCode(500)
                                        .putHeader("Content-Type", "application/json")
                                        .end("{\"error\":\"inference failed\"}");
                                case SILENT -> {
                                  // holds the request open: the gateway's timeout must end it
                                }
                              }
                            }));
    await(server.listen(0, "127.0.0.1").toCompletionStage().toCompletableFuture());
  }

  public static StubRunner start(Vertx vertx, Behaviour behaviour) {
    return new StubRunner(vertx, behaviour, 1);
  }

  public static StubRunner start(Vertx vertx, Behaviour behaviour, int modelVersion) {
    return new StubRunner(vertx, behaviour, modelVersion);
  }

  public URI uri() {
    return URI.create("http://127.0.0.1:" + server.actualPort());
  }

  public int received() {
    return received.get();
  }

  public void behave(Behaviour next) {
    behaviour = next;
  }

  /** A loopback address where nothing listens: connecting to it is refused. */
  public static URI refusingUri() {
    try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      return URI.create("http://127.0.0.1:" + socket.getLocalPort());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    await(server.close().toCompletionStage().toCompletableFuture());
  }

  private static <T> T await(java.util.concurrent.CompletableFuture<T> future) {
    try {
      return future.get(10, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new IllegalStateException("stub runner: " + e.getMessage(), e);
    }
  }
}
