package io.modelplane.runner.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Dynamic batching (BATCH_*). */
@ConfigMapping(prefix = "batch")
public interface BatchConfig {

  /** BATCH_ENABLED: merge concurrent requests into one engine call. */
  @WithDefault("true")
  boolean enabled();

  /** BATCH_MAX_SIZE: most rows in one engine call. */
  @WithDefault("32")
  int maxSize();

  /**
   * BATCH_MAX_DELAY: how long a batch may wait for more requests. It waits only when other requests
   * were already queued behind the first, so a lone client never pays it.
   */
  @WithDefault("2ms")
  Duration maxDelay();

  /** BATCH_QUEUE_SIZE: requests waiting beyond this are refused with 503 and Retry-After. */
  @WithDefault("256")
  int queueSize();

  /** BATCH_WORKERS: threads calling the engine, each with its own predictor; 0 = one per core. */
  @WithDefault("0")
  int workers();
}
