package io.modelplane.web.idempotency;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.modelplane.kernel.error.ConflictException;
import io.modelplane.kernel.error.InvalidInputException;
import io.modelplane.kernel.error.UnprocessableException;
import io.modelplane.kernel.tenancy.TenantContext;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Clock;

/**
 * Makes {@link Idempotent} POSTs safe to retry, on any replica. The key is claimed in its own
 * transaction before the call runs (an insert that the primary key lets only one request win; a
 * concurrent duplicate gets 409), the answer is stored after it succeeded, and a failed call
 * releases the key so the client can retry.
 */
@Idempotent
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE - 100)
public class IdempotencyInterceptor {

  public static final String HEADER = "Idempotency-Key";

  @Inject HttpServerRequest http;
  @Inject TenantContext tenantContext;
  @Inject EntityManager em;
  @Inject ObjectMapper json;
  @Inject Clock clock;

  @AroundInvoke
  Object idempotent(InvocationContext ctx) throws Exception {
    String key = http.getHeader(HEADER);
    if (key == null) {
      return ctx.proceed();
    }
    if (key.isBlank() || key.length() > 200) {
      throw new InvalidInputException(HEADER, "must be 1-200 characters");
    }
    String tenant = tenantContext.tenant().orElse("");
    IdempotencyRecord.Key id = new IdempotencyRecord.Key(tenant, key);
    if (!claim(tenant, key)) {
      IdempotencyRecord previous =
          QuarkusTransaction.requiringNew().call(() -> em.find(IdempotencyRecord.class, id));
      if (previous == null) {
        throw new ConflictException("the first request with this Idempotency-Key just failed");
      }
      return replay(previous);
    }
    try {
      Object result = ctx.proceed();
      remember(id, result);
      return result;
    } catch (Exception e) {
      QuarkusTransaction.requiringNew().run(() -> em.remove(em.find(IdempotencyRecord.class, id)));
      throw e;
    }
  }

  private Response replay(IdempotencyRecord previous) throws Exception {
    if (!previous.method.equals(http.method().name()) || !previous.path.equals(http.path())) {
      throw new UnprocessableException(HEADER, "was already used for a different request");
    }
    if (previous.status == null) {
      throw new ConflictException("the first request with this Idempotency-Key is still running");
    }
    Response.ResponseBuilder replay =
        Response.status(previous.status).header("Idempotent-Replayed", "true");
    if (previous.body != null) {
      replay.entity(json.readValue(previous.body, JsonNode.class));
    }
    if (previous.location != null) {
      replay.location(URI.create(previous.location));
    }
    return replay.build();
  }

  /**
   * Claims the key, or returns false when it is taken. The primary key decides between replicas
   * racing for the same key; the loser then replays (or waits for) the winner's answer.
   */
  private boolean claim(String tenant, String key) {
    String method = http.method().name();
    String path = http.path();
    return QuarkusTransaction.requiringNew()
            .call(
                () ->
                    em.createNativeQuery(
                            "INSERT INTO idempotency_record (tenant, key, method, path, created_at)"
                                + " VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT DO NOTHING")
                        .setParameter(1, tenant)
                        .setParameter(2, key)
                        .setParameter(3, method)
                        .setParameter(4, path)
                        .setParameter(5, clock.instant())
                        .executeUpdate())
        == 1;
  }

  private void remember(IdempotencyRecord.Key id, Object result) throws Exception {
    Response response = result instanceof Response r ? r : Response.ok(result).build();
    String body =
        response.getEntity() == null ? null : json.writeValueAsString(response.getEntity());
    String location = response.getLocation() == null ? null : response.getLocation().toString();
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              IdempotencyRecord record = em.find(IdempotencyRecord.class, id);
              record.status = response.getStatus();
              record.body = body;
              record.location = location;
            });
  }
}
