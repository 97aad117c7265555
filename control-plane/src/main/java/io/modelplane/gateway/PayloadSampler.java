package io.modelplane.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.modelplane.deployment.persistence.PayloadSample;
import io.modelplane.drift.service.DriftIngest;
import io.modelplane.persistence.TenantWork;
import io.modelplane.privacy.service.SampleRedaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.buffer.Buffer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * Keeps a random share of inference payloads (the deployment's {@code sampling} rate) for drift and
 * debugging. Sampling never slows a request: samples go through a bounded queue (dropped when full)
 * to a background writer that redacts them by the tenant's privacy policy and stores them in
 * batches per tenant.
 */
@ApplicationScoped
public class PayloadSampler {

  private static final Logger LOG = Logger.getLogger(PayloadSampler.class);

  @Inject TenantWork tenantWork;
  @Inject EntityManager em;
  @Inject ObjectMapper json;
  @Inject SampleRedaction redaction;
  @Inject DriftIngest drift;

  private final BlockingQueue<Sample> queue = new ArrayBlockingQueue<>(10_000);
  private volatile boolean running = true;
  private Thread writer;

  record Sample(
      Route route,
      int revision,
      int status,
      long nanos,
      Buffer request,
      int jsonLength,
      Buffer response,
      Instant at) {}

  void onStart(@Observes StartupEvent event) {
    writer = Thread.ofVirtual().name("payload-sampler").start(this::drain);
  }

  void onStop(@Observes ShutdownEvent event) {
    running = false;
    if (writer != null) {
      writer.interrupt();
    }
  }

  /**
   * {@code jsonLength} is the length of the JSON part of a request in the binary tensor data
   * extension ({@code Inference-Header-Content-Length}), or -1 for a plain JSON request.
   */
  public void offer(
      Route route, Gateway.Answer answer, Buffer request, int jsonLength, long nanos) {
    if (route.sampling() <= 0 || ThreadLocalRandom.current().nextDouble() >= route.sampling()) {
      return;
    }
    queue.offer(
        new Sample(
            route,
            answer.revision(),
            answer.status(),
            nanos,
            request,
            jsonLength,
            answer.body(),
            Instant.now()));
  }

  private void drain() {
    while (running) {
      try {
        Sample first = queue.poll(1, TimeUnit.SECONDS);
        if (first == null) {
          continue;
        }
        List<Sample> batch = new ArrayList<>(List.of(first));
        queue.drainTo(batch, 499);
        batch.stream().collect(Collectors.groupingBy(s -> s.route().tenant())).forEach(this::store);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (RuntimeException e) {
        LOG.warnf(e, "could not store payload samples");
      }
    }
  }

  /**
   * Redacts by the tenant's policy before anything is persisted: with redaction on, the raw payload
   * never reaches the database (a failure drops the batch rather than store it raw).
   */
  private void store(String tenant, List<Sample> samples) {
    List<PayloadSample> stored = new ArrayList<>(samples.size());
    tenantWork.run(
        tenant,
        () -> {
          UnaryOperator<JsonNode> redact = redaction.forTenant(tenant);
          for (Sample s : samples) {
            PayloadSample row = new PayloadSample();
            row.tenant = tenant;
            row.deploymentId = s.route().deploymentId();
            row.revision = s.revision();
            row.sampledAt = s.at();
            row.status = s.status();
            row.latencyMs = s.nanos() / 1e6;
            row.request = redact.apply(request(s));
            row.response = s.response() == null ? null : redact.apply(parse(s.response()));
            em.persist(row);
            stored.add(row);
          }
        });
    // after the commit, and exactly what was stored (redacted): drift profiles what queries read
    drift.stored(tenant, stored);
  }

  /** The request as JSON; binary tensor data becomes the inputs' data arrays. */
  private JsonNode request(Sample s) {
    if (s.jsonLength() < 0 || s.jsonLength() > s.request().length()) {
      return parse(s.request());
    }
    return BinarySample.withData(
        parse(s.request().slice(0, s.jsonLength())), s.request(), s.jsonLength());
  }

  private JsonNode parse(Buffer buffer) {
    try {
      return json.readTree(buffer.getBytes());
    } catch (IOException e) {
      return json.getNodeFactory().textNode(buffer.toString());
    }
  }
}
