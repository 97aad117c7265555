package io.modelplane.backend.kubernetes;

import io.smallrye.config.ConfigMapping;

/**
 * {@code modelplane.runner.gpu.*}: the default placement of runner pods that request GPUs, as JSON
 * (the form of Kubernetes' own {@code nodeSelector} and {@code tolerations}). JSON rather than one
 * key per label because label keys hold {@code .} and {@code /}, which an environment variable's
 * name cannot carry; the Helm chart passes its values through {@code toJson}.
 */
@ConfigMapping(prefix = "modelplane.runner.gpu")
public interface RunnerGpuConfig {

  /** A JSON object of node labels, e.g. {@code {"nvidia.com/gpu.present":"true"}}. */
  String nodeSelector();

  /**
   * A JSON array of tolerations ({@code key}, {@code operator}, {@code value}, {@code effect}),
   * e.g. {@code [{"key":"nvidia.com/gpu","operator":"Exists","effect":"NoSchedule"}]}.
   */
  String tolerations();
}
