package io.modelplane.helm;

import com.marcnuri.helm.Helm;
import com.marcnuri.helm.LintResult;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.utils.Serialization;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The chart in {@code modelplane/}, rendered by Helm itself (embedded through helm-java, no helm
 * binary), as release {@code modelplane} in namespace {@code modelplane}.
 */
final class Chart {

  static final Path DIRECTORY = Path.of("modelplane");
  static final Path PRODUCTION_VALUES = DIRECTORY.resolve("ci/production-values.yaml");
  static final String RELEASE = "modelplane";
  static final String NAMESPACE = "modelplane";

  private Chart() {}

  /** The manifests {@code helm template} prints for the given values files (none: defaults). */
  static String template(Path... valuesFiles) {
    var template = new Helm(DIRECTORY).template().withName(RELEASE).withNamespace(NAMESPACE);
    for (Path values : valuesFiles) {
      template.withValuesFile(values);
    }
    return template.call();
  }

  /** The manifests for the default values with some set as {@code --set key=value} would. */
  static String templateWith(Map<String, Object> values) {
    var template = new Helm(DIRECTORY).template().withName(RELEASE).withNamespace(NAMESPACE);
    values.forEach(template::set);
    return template.call();
  }

  /** {@code helm lint --strict} with the default values (helm-java's lint takes no values file). */
  static LintResult lintStrict() {
    return new Helm(DIRECTORY).lint().strict().call();
  }

  /** Every object of a rendered release, typed where fabric8 knows the kind. */
  static List<HasMetadata> objects(String manifests) {
    return Arrays.stream(manifests.split("(?m)^---\\s*$"))
        .filter(document -> document.lines().anyMatch(line -> line.startsWith("kind:")))
        .map(document -> Serialization.<HasMetadata>unmarshal(document))
        .toList();
  }

  static <T extends HasMetadata> List<T> objects(String manifests, Class<T> kind) {
    return objects(manifests).stream().filter(kind::isInstance).map(kind::cast).toList();
  }

  static <T extends HasMetadata> T only(String manifests, Class<T> kind) {
    List<T> found = objects(manifests, kind);
    if (found.size() != 1) {
      throw new AssertionError("expected one " + kind.getSimpleName() + ", found " + found.size());
    }
    return found.getFirst();
  }
}
