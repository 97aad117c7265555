package io.modelplane.helm;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.utils.Serialization;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The PrometheusRule's alerts are valid rules and fire when they should: checked by Prometheus' own
 * {@code promtool} (Debian package {@code prometheus}) when it is installed, skipped otherwise.
 */
class PrometheusRulesTest {

  private static final Path UNIT_TESTS = Path.of("src/test/resources/promtool/alerts-test.yaml");

  @TempDir Path directory;

  @BeforeEach
  void requirePromtool() {
    assumeTrue(promtool() != null, "promtool is not installed (apt-get install prometheus)");
  }

  @Test
  void shouldBeValidPrometheusRules() throws Exception {
    // Given
    Path rules = writeRules();

    // When
    Result result = run("check", "rules", rules.toString());

    // Then
    assertThat(result.exitCode()).as(result.output()).isZero();
    assertThat(result.output()).contains("SUCCESS: 7 rules found");
  }

  @Test
  void shouldFireOnOutagesAndErrorRatesButNotOnHealthyTraffic() throws Exception {
    // Given
    writeRules();
    Path tests = Files.copy(UNIT_TESTS, directory.resolve("alerts-test.yaml"));

    // When
    Result result = run("test", "rules", tests.toString());

    // Then
    assertThat(result.exitCode()).as(result.output()).isZero();
    assertThat(result.output()).contains("SUCCESS");
  }

  /** The rule groups of the production render, as the rule file Prometheus would load. */
  private Path writeRules() throws IOException {
    var rule =
        Chart.objects(Chart.template(Chart.PRODUCTION_VALUES), GenericKubernetesResource.class)
            .stream()
            .filter(object -> object.getKind().equals("PrometheusRule"))
            .findFirst()
            .orElseThrow();
    Path file = directory.resolve("rules.yaml");
    Files.writeString(
        file, Serialization.asYaml(rule.getAdditionalProperties().get("spec")), UTF_8);
    return file;
  }

  private record Result(int exitCode, String output) {}

  private static Result run(String... arguments) throws Exception {
    var command = new ArrayList<>(List.of(promtool().toString()));
    command.addAll(List.of(arguments));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    try {
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        throw new AssertionError("promtool did not finish within 60 s");
      }
      return new Result(
          process.exitValue(), new String(process.getInputStream().readAllBytes(), UTF_8));
    } finally {
      process.destroyForcibly();
    }
  }

  private static Path promtool() {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      Path candidate = Path.of(dir, "promtool");
      if (Files.isExecutable(candidate)) {
        return candidate;
      }
    }
    return null;
  }
}
