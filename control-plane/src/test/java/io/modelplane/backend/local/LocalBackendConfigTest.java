package io.modelplane.backend.local;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.runtime.configuration.DurationConverter;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The defaults in application.properties, read the way Quarkus reads them. */
class LocalBackendConfigTest {

  private static LocalSettings settings(Map<String, String> overrides) throws IOException {
    SmallRyeConfig config =
        new SmallRyeConfigBuilder()
            .addDefaultInterceptors()
            .addSystemSources()
            .withSources(
                new PropertiesConfigSource(
                    LocalBackendConfigTest.class.getResource("/application.properties"), 100))
            .withSources(new PropertiesConfigSource(overrides, "overrides", 500))
            .withConverter(Duration.class, 200, new DurationConverter())
            .withMapping(LocalBackendConfig.class)
            .build();
    return LocalSettings.from(config.getConfigMapping(LocalBackendConfig.class));
  }

  @Test
  void shouldRunRunnersWithThisJvmBelowTheDataDirectory() throws IOException {
    // When
    LocalSettings settings = settings(Map.of("modelplane.data-dir", "/srv/modelplane"));

    // Then
    assertThat(settings.java()).isEqualTo(Path.of(System.getProperty("java.home"), "bin", "java"));
    assertThat(settings.workDir()).isEqualTo(Path.of("/srv/modelplane/runners"));
    assertThat(settings.djlCache()).isEqualTo(Path.of("/srv/modelplane/runners/djl-cache"));
    assertThat(settings.jvmOptions()).contains("-XX:+UseSerialGC", "-XX:+ExitOnOutOfMemoryError");
    assertThat(settings.restartBackoff())
        .isEqualTo(
            new RestartBackoff(
                Duration.ofSeconds(1), Duration.ofSeconds(30), Duration.ofSeconds(60)));
    assertThat(settings.runnerJar()).hasFileName("quarkus-run.jar").isAbsolute();
  }

  @Test
  void shouldTakeAnExplicitRunnerJar() throws IOException {
    // When
    LocalSettings settings =
        settings(Map.of("modelplane.backend.local.runner-jar", "/opt/runner/quarkus-run.jar"));

    // Then
    assertThat(settings.runnerJar()).isEqualTo(Path.of("/opt/runner/quarkus-run.jar"));
  }

  @Test
  void shouldFindTheRunnerBuiltNextToTheControlPlane() {
    // The tests run in control-plane/, the runner is built in ../runner/.
    assertThat(LocalSettings.defaultRunnerJar())
        .isEqualTo(
            Path.of("..", "runner", "target", "quarkus-app", "quarkus-run.jar")
                .toAbsolutePath()
                .normalize());
  }
}
