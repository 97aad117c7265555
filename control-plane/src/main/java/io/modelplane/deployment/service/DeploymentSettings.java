package io.modelplane.deployment.service;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Deployment defaults and timings ({@code modelplane.deployments.*}). */
@ConfigMapping(prefix = "modelplane.deployments")
public interface DeploymentSettings {

  /** Backend of a deployment that names none. */
  @WithDefault("local")
  String defaultBackend();

  /** Runner image of a deployment that names none. */
  @WithDefault("ghcr.io/modelplane/runner:0.1.0")
  String runnerImage();

  /** How long a revision that lost its traffic keeps running, so a rollback to it is instant. */
  @WithDefault("10m")
  Duration warmPeriod();

  /**
   * How long replicas may stay below their count (starting, crash-looping, unschedulable) before
   * the deployment reports Degraded.
   */
  @WithDefault("10m")
  Duration progressDeadline();

  /** CPU per replica when none is named. */
  @WithDefault("1")
  String defaultCpu();

  /** Memory per replica when none is named. */
  @WithDefault("2Gi")
  String defaultMemory();
}
