package io.modelplane.monitor;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real HTTP endpoint that fails the first {@code failures} attempts of every delivery (by its
 * {@code X-Modelplane-Delivery} id), then accepts it.
 */
final class WebhookReceiver implements AutoCloseable {

  record Received(String signature, String body) {}

  private final HttpServer server;
  private final int failures;
  private final Map<String, AtomicInteger> attempts = new ConcurrentHashMap<>();
  final List<Received> accepted = new CopyOnWriteArrayList<>();
  final AtomicInteger rejected = new AtomicInteger();

  WebhookReceiver(int failures) throws IOException {
    this.failures = failures;
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/hook",
        exchange -> {
          String body =
              new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
          String delivery = exchange.getRequestHeaders().getFirst("X-Modelplane-Delivery");
          int attempt =
              attempts.computeIfAbsent(delivery, d -> new AtomicInteger()).incrementAndGet();
          int status = attempt > failures ? 204 : 500;
          if (status == 204) {
            accepted.add(
                new Received(
                    exchange.getRequestHeaders().getFirst("X-Modelplane-Signature"), body));
          } else {
            rejected.incrementAndGet();
          }
          exchange.sendResponseHeaders(status, -1);
          exchange.close();
        });
    server.start();
  }

  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
