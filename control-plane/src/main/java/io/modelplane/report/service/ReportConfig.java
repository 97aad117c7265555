package io.modelplane.report.service;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** {@code modelplane.reports.*}: how report jobs run. */
@ConfigMapping(prefix = "modelplane.reports")
public interface ReportConfig {

  /** Reports built at once on one replica; the rest wait in line. */
  @WithDefault("2")
  int workers();

  /** A queued or running job nobody touched for this long was lost with its replica. */
  @WithDefault("2m")
  Duration staleAfter();

  /** How often a lost job is run again (by the leader) before it is marked failed. */
  @WithDefault("2")
  int maxAttempts();

  /** At most this many denied attempts are listed one by one (all are counted). */
  @WithDefault("1000")
  int maxDeniedListed();
}
