package io.modelplane.gateway;

import io.modelplane.backend.DeploymentKey;
import io.modelplane.latency.service.LatencyRecorder;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeoutException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The inference gateway: picks a revision by traffic weight and a replica by load, forwards the
 * Open Inference Protocol request over pooled non-blocking HTTP, retries once on another replica
 * when the first could not have acted on it (connection failed, or the runner answered 503; a
 * timed-out request is answered 504, never re-sent), and records latency and outcome per revision.
 */
@ApplicationScoped
public class Gateway {

  /** The binary tensor data extension's header: how many leading bytes of the body are JSON. */
  public static final String HEADER_LENGTH = "Inference-Header-Content-Length";

  @Inject Vertx vertx;
  @Inject RevisionStats stats;
  @Inject PayloadSampler sampler;
  @Inject LatencyRecorder latency;

  @ConfigProperty(name = "modelplane.gateway.timeout", defaultValue = "30000")
  long timeoutMillis;

  @ConfigProperty(name = "modelplane.gateway.pool-size", defaultValue = "64")
  int poolSize;

  private HttpClient client;

  @PostConstruct
  void start() {
    client =
        vertx.createHttpClient(
            new HttpClientOptions()
                .setKeepAlive(true)
                .setTcpNoDelay(true)
                .setConnectTimeout(2000)
                .setIdleTimeout(60),
            new PoolOptions().setHttp1MaxSize(poolSize));
  }

  /** The runner's answer, or the gateway's own failure. */
  public record Answer(int status, Buffer body, int revision, String replica) {}

  public Uni<Answer> infer(Route route, Buffer body) {
    return infer(route, body, -1);
  }

  /**
   * As {@link #infer(Route, Buffer)} for a request in the binary tensor data extension: the first
   * {@code jsonLength} bytes are JSON, the rest raw tensor data, forwarded as they are (-1: all
   * JSON).
   */
  public Uni<Answer> infer(Route route, Buffer body, int jsonLength) {
    RevisionRoute revision = route.pick(ThreadLocalRandom.current().nextDouble());
    if (revision == null) {
      return Uni.createFrom().item(new Answer(503, null, 0, null));
    }
    ReplicaState first = revision.pick(null);
    if (first == null) {
      return Uni.createFrom().item(new Answer(503, null, revision.revision(), null));
    }
    DeploymentKey key = new DeploymentKey(route.tenant(), route.deployment());
    long started = System.nanoTime();
    return send(revision, first, body, jsonLength)
        .onItemOrFailure()
        .transformToUni(
            (answer, failure) -> {
              if (failure instanceof TimeoutException) {
                // the runner may still be computing it: not re-sent (that would double a slow
                // runner's load and the client's wait); the gateway's own 504
                return Uni.createFrom().item(new Answer(504, null, revision.revision(), first.id));
              }
              boolean retry = failure != null || answer.status() == 503;
              if (!retry) {
                return Uni.createFrom().item(answer);
              }
              ReplicaState second = revision.pick(first);
              if (second == null) {
                return failure != null
                    ? Uni.createFrom().item(new Answer(502, null, revision.revision(), first.id))
                    : Uni.createFrom().item(answer);
              }
              return send(revision, second, body, jsonLength)
                  .onFailure()
                  .recoverWithItem(
                      f ->
                          new Answer(
                              f instanceof TimeoutException ? 504 : 502,
                              null,
                              revision.revision(),
                              second.id));
            })
        .invoke(
            answer -> {
              long nanos = System.nanoTime() - started;
              stats.record(key, revision.revision(), nanos, answer.status() >= 500);
              latency.record(
                  route.tenant(),
                  route.deploymentId(),
                  revision.revision(),
                  nanos,
                  answer.status() >= 500);
              sampler.offer(route, answer, body, jsonLength, nanos);
            });
  }

  private Uni<Answer> send(
      RevisionRoute revision, ReplicaState replica, Buffer body, int jsonLength) {
    replica.outstanding.incrementAndGet();
    RequestOptions options =
        new RequestOptions()
            .setMethod(HttpMethod.POST)
            .setHost(replica.baseUri.getHost())
            .setPort(replica.baseUri.getPort())
            .setURI("/v2/models/" + revision.modelName() + "/infer")
            .setTimeout(timeoutMillis);
    if (jsonLength < 0) {
      options.putHeader("Content-Type", "application/json");
    } else {
      options
          .putHeader("Content-Type", "application/octet-stream")
          .putHeader(HEADER_LENGTH, Integer.toString(jsonLength));
    }
    return Uni.createFrom()
        .completionStage(
            () ->
                client
                    .request(options)
                    .compose(
                        // body() asked for inside send's continuation, as Vert.x documents: a
                        // later step may miss a body that already arrived (seen off the event loop)
                        request ->
                            request
                                .send(body)
                                .compose(
                                    response ->
                                        response
                                            .body()
                                            .map(
                                                b ->
                                                    new Answer(
                                                        response.statusCode(),
                                                        b,
                                                        revision.revision(),
                                                        replica.id))))
                    .toCompletionStage())
        .onItemOrFailure()
        .invoke(
            (answer, failure) -> {
              replica.outstanding.decrementAndGet();
              if (failure != null || answer.status() >= 500) {
                replica.breaker.onFailure();
              } else {
                replica.breaker.onSuccess();
              }
            });
  }
}
