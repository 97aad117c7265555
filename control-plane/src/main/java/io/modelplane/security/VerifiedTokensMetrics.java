package io.modelplane.security;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * {@code modelplane_verified_tokens_total{result="hit|miss"}}: how many bearer-token requests were
 * answered from {@link VerifiedTokens} rather than verified again (a falling hit share means
 * clients fetch a new token per request, and every one pays an RSA verification).
 */
@ApplicationScoped
public class VerifiedTokensMetrics {

  @Inject MeterRegistry registry;
  @Inject VerifiedTokens tokens;

  void register(@Observes StartupEvent event) {
    FunctionCounter.builder("modelplane.verified.tokens", tokens, VerifiedTokens::hits)
        .description("API bearer-token authentications answered without verifying the token again")
        .tag("result", "hit")
        .register(registry);
    FunctionCounter.builder("modelplane.verified.tokens", tokens, VerifiedTokens::misses)
        .description("API bearer-token authentications answered without verifying the token again")
        .tag("result", "miss")
        .register(registry);
  }
}
