package io.modelplane.backend.kubernetes;

import com.marcnuri.helm.Helm;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.utils.Serialization;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The Helm chart of this repository ({@code ../helm/modelplane}) rendered with its default values
 * by Helm itself, embedded through helm-java.
 */
record RenderedChart(List<HasMetadata> objects) {

  static final Path CHART = Path.of("../helm/modelplane");
  static final String NAMESPACE = "modelplane";

  static RenderedChart render() {
    String manifests =
        new Helm(CHART).template().withName("modelplane").withNamespace(NAMESPACE).call();
    return new RenderedChart(
        Arrays.stream(manifests.split("(?m)^---\\s*$"))
            .filter(document -> document.lines().anyMatch(line -> line.startsWith("kind:")))
            .map(document -> Serialization.<HasMetadata>unmarshal(document))
            .toList());
  }

  <T extends HasMetadata> T only(Class<T> kind) {
    List<T> found = objects.stream().filter(kind::isInstance).map(kind::cast).toList();
    if (found.size() != 1) {
      throw new AssertionError("expected one " + kind.getSimpleName() + ", found " + found.size());
    }
    return found.getFirst();
  }
}
