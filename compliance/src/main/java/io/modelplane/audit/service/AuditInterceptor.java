package io.modelplane.audit.service;

import io.modelplane.kernel.error.ErrorStatus;
import io.modelplane.kernel.tenancy.AuditedResource;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

/**
 * Turns every {@link Audited} call into an audit event with its outcome. It runs outside any
 * transaction of the call, so "success" is recorded only after that transaction committed; the
 * event's durable commit also makes the call's own commits durable ({@link DurableByAudit}).
 */
@Audited
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE)
public class AuditInterceptor {

  @Inject AuditTrail trail;
  @Inject DurableByAudit durable;

  @AroundInvoke
  Object audit(InvocationContext ctx) throws Exception {
    Audited audited = ctx.getInterceptorBinding(Audited.class);
    boolean deferred = trail.willRecord();
    if (deferred) {
      durable.begin();
    }
    try {
      Object result = ctx.proceed();
      trail.record(audited.action(), audited.resource(), target(result), statusOf(result), null);
      return result;
    } catch (Exception e) {
      trail.record(audited.action(), audited.resource(), null, statusOf(e), e.getMessage());
      throw e;
    } finally {
      if (deferred) {
        durable.end();
      }
    }
  }

  private static AuditedResource target(Object result) {
    Object entity = result instanceof Response r ? r.getEntity() : result;
    return entity instanceof AuditedResource a ? a : null;
  }

  private static int statusOf(Exception e) {
    return e instanceof WebApplicationException w ? w.getResponse().getStatus() : ErrorStatus.of(e);
  }

  private static int statusOf(Object result) {
    return result instanceof Response r ? r.getStatus() : 200;
  }
}
