package io.modelplane.security;

import io.modelplane.kernel.tenancy.Actor;
import io.modelplane.kernel.tenancy.RequestMetadata;
import io.modelplane.kernel.tenancy.TenantContext;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.UUID;

/** Request facts for the audit trail, taken from the HTTP request and the caller's token. */
@RequestScoped
public class HttpRequestMetadata implements RequestMetadata {

  public static final String REQUEST_ID_HEADER = "X-Request-Id";

  @Inject Caller caller;
  @Inject TenantContext tenantContext;
  @Inject HttpServerRequest request;

  private String requestId;

  @Override
  public Actor actor() {
    return caller.actor(tenantContext.tenant().orElse(null));
  }

  @Override
  public String requestId() {
    if (requestId == null) {
      String header = request.getHeader(REQUEST_ID_HEADER);
      requestId = header != null && header.length() <= 128 ? header : UUID.randomUUID().toString();
    }
    return requestId;
  }

  @Override
  public String sourceAddress() {
    return request.remoteAddress() == null ? null : request.remoteAddress().hostAddress();
  }
}
