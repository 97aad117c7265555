package io.modelplane.backend.kubernetes;

import io.modelplane.backend.RunnerSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Where GPU runner pods go unless their deployment says otherwise: the cluster's default node
 * selector and tolerations for pods that request {@code nvidia.com/gpu}. CPU-only pods get neither,
 * so they never take a place on a GPU node.
 *
 * <p>A deployment overrides per key: its {@code resources.gpu.type} sets {@code
 * nvidia.com/gpu.product} whatever the default says, and a toleration of its own for a key replaces
 * the default toleration of that key. Everything else of the defaults is added.
 *
 * @param nodeSelector node labels every GPU runner pod requires
 * @param tolerations taints every GPU runner pod tolerates
 */
public record GpuPlacement(
    Map<String, String> nodeSelector, List<RunnerSpec.Toleration> tolerations) {

  /** No defaults: GPU pods are placed by their deployment's own settings alone. */
  public static final GpuPlacement NONE = new GpuPlacement(Map.of(), List.of());

  public GpuPlacement {
    nodeSelector = Map.copyOf(nodeSelector);
    tolerations = List.copyOf(tolerations);
  }

  /** The pod's node selector, sorted by label key (stable objects, stable digests). */
  Map<String, String> nodeSelectorOf(RunnerSpec spec) {
    var selector = new TreeMap<String, String>();
    if (requestsGpus(spec)) {
      selector.putAll(nodeSelector);
    }
    String gpuType = spec.resources().gpuType();
    if (gpuType != null && !gpuType.isBlank()) {
      selector.put(RunnerDeployments.GPU_PRODUCT_LABEL, gpuType);
    }
    return selector;
  }

  /** The deployment's own tolerations, then the defaults for keys it does not name. */
  List<RunnerSpec.Toleration> tolerationsOf(RunnerSpec spec) {
    var all = new ArrayList<>(spec.tolerations());
    if (requestsGpus(spec)) {
      Set<String> named =
          spec.tolerations().stream()
              .map(RunnerSpec.Toleration::key)
              .map(key -> key == null ? "" : key)
              .collect(Collectors.toSet());
      tolerations.stream()
          .filter(t -> !named.contains(t.key() == null ? "" : t.key()))
          .forEach(all::add);
    }
    return all;
  }

  private static boolean requestsGpus(RunnerSpec spec) {
    return spec.resources().gpuCount() > 0;
  }
}
