package io.modelplane.leader;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

/**
 * Skips {@link LeaderOnly} methods on replicas that do not lead. Outermost, so a skipped call opens
 * no transaction and writes no audit event. Only {@code void} methods qualify: a skipped call has
 * no result to return, and a made-up one would be a lie.
 */
@LeaderOnly
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE - 200)
public class LeaderOnlyInterceptor {

  @Inject Leadership leadership;

  @AroundInvoke
  Object onLeaderOnly(InvocationContext ctx) throws Exception {
    if (ctx.getMethod().getReturnType() != void.class) {
      throw new IllegalStateException(
          "@LeaderOnly needs a void method: " + ctx.getMethod().toGenericString());
    }
    return leadership.isLeader() ? ctx.proceed() : null;
  }
}
