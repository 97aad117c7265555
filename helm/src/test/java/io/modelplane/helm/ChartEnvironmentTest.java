package io.modelplane.helm;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every setting the chart passes is one the control plane reads: a misspelt variable would be
 * ignored without a word, and the built-in default (a local key, a dev password) used instead.
 */
class ChartEnvironmentTest {

  private static final Path CONTROL_PLANE = Path.of("../control-plane/src/main");

  /** Quarkus' own settings the chart sets that the application's properties do not mention. */
  private static final Set<String> QUARKUS_BUILT_INS =
      Set.of("quarkus.http.proxy.proxy-address-forwarding", "quarkus.http.proxy.allow-x-forwarded");

  private static final Pattern PROPERTY_LINE =
      Pattern.compile("^#?\\s*(?:%\\w+\\.)?([a-z][a-z0-9.\"-]*)=", Pattern.MULTILINE);
  private static final Pattern CONFIG_PROPERTY =
      Pattern.compile("@ConfigProperty\\(\\s*name\\s*=\\s*\"([^\"]+)\"");
  private static final Pattern CONFIG_MAPPING =
      Pattern.compile("@ConfigMapping\\(\\s*prefix\\s*=\\s*\"([^\"]+)\"");
  private static final Pattern MAPPING_METHOD =
      Pattern.compile("^\\s+[\\w<>, ]+\\s+(\\w+)\\(\\);", Pattern.MULTILINE);

  @Test
  void shouldSetOnlyVariablesTheControlPlaneReads() throws IOException {
    // Given
    Set<String> known = new HashSet<>();
    keysRead().forEach(key -> known.add(environmentName(key)));

    // When
    List<String> set =
        Chart.only(Chart.template(Chart.PRODUCTION_VALUES), Deployment.class)
            .getSpec()
            .getTemplate()
            .getSpec()
            .getContainers()
            .getFirst()
            .getEnv()
            .stream()
            .map(EnvVar::getName)
            .filter(name -> name.startsWith("MODELPLANE_") || name.startsWith("QUARKUS_"))
            .toList();

    // Then
    assertThat(set).hasSizeGreaterThan(30).allSatisfy(name -> assertThat(known).contains(name));
  }

  /** SmallRye's rule: upper case, every character other than a letter or digit becomes "_". */
  private static String environmentName(String key) {
    return key.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
  }

  private static Set<String> keysRead() throws IOException {
    var keys = new HashSet<>(QUARKUS_BUILT_INS);
    String properties = Files.readString(CONTROL_PLANE.resolve("resources/application.properties"));
    collect(PROPERTY_LINE.matcher(properties), keys);
    try (Stream<Path> sources = Files.walk(CONTROL_PLANE.resolve("java"))) {
      sources
          .filter(path -> path.toString().endsWith(".java"))
          .forEach(source -> keysIn(read(source), keys));
    }
    return keys;
  }

  /**
   * {@code @ConfigProperty(name=…)} keys, and {@code @ConfigMapping} prefix + method in kebab case.
   */
  private static void keysIn(String source, Set<String> keys) {
    collect(CONFIG_PROPERTY.matcher(source), keys);
    Matcher mapping = CONFIG_MAPPING.matcher(source);
    if (mapping.find()) {
      Matcher method = MAPPING_METHOD.matcher(source);
      while (method.find()) {
        keys.add(
            mapping.group(1) + "." + method.group(1).replaceAll("([A-Z])", "-$1").toLowerCase());
      }
    }
  }

  private static void collect(Matcher matcher, Set<String> into) {
    while (matcher.find()) {
      into.add(matcher.group(1));
    }
  }

  private static String read(Path source) {
    try {
      return Files.readString(source);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
