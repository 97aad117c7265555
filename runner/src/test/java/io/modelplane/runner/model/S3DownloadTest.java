package io.modelplane.runner.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.modelplane.runner.support.S3Server;
import io.smallrye.config.EnvConfigSource;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** s3: MODEL_URIs against a real S3 API (s3proxy), below the HTTP layer. */
class S3DownloadTest {

  private static S3Server s3;

  @TempDir Path workDir;

  @BeforeAll
  static void startS3(@TempDir Path staging) throws Exception {
    s3 = S3Server.start();
    s3.put("models", "fraud/7/model.onnx", Files.writeString(staging.resolve("m"), "onnx bytes"));
  }

  @AfterAll
  static void stopS3() throws Exception {
    s3.close();
  }

  private static Config environment(Map<String, String> variables) {
    return new SmallRyeConfigBuilder().withSources(new EnvConfigSource(variables, 300)).build();
  }

  private static S3Settings settings(String secret) {
    return new S3Settings(
        Optional.of("us-east-1"),
        Optional.of(s3.endpoint()),
        Optional.of(S3Server.ACCESS_KEY),
        Optional.of(secret),
        Optional.empty());
  }

  @Test
  void shouldFetchWithTheEndpointAndKeysOfTheAwsEnvironmentVariables() throws Exception {
    // Given what the pod spec or the local backend sets
    Config config =
        environment(
            Map.of(
                "AWS_ENDPOINT_URL_S3",
                s3.endpoint(),
                "AWS_ENDPOINT_URL",
                "http://127.0.0.1:1",
                "AWS_ACCESS_KEY_ID",
                S3Server.ACCESS_KEY,
                "AWS_SECRET_ACCESS_KEY",
                S3Server.SECRET_KEY,
                "AWS_REGION",
                "eu-central-1"));

    // When
    Path file =
        new ArtifactFetcher(workDir, Optional.empty(), S3Settings.from(config))
            .fetch("s3://models/fraud/7/model.onnx");

    // Then
    assertThat(file).hasFileName("download-model.onnx");
    assertThat(Files.readString(file)).isEqualTo("onnx bytes");
  }

  @Test
  void shouldReadTheSameSettingsFromConfigurationProperties() {
    // Given system properties or application.properties instead of the environment
    Config config =
        new SmallRyeConfigBuilder()
            .withSources(
                new PropertiesConfigSource(
                    Map.of(
                        "aws.endpoint-url", s3.endpoint(),
                        "aws.access-key-id", "id",
                        "aws.secret-access-key", "s3cr3t-value",
                        "aws.session-token", "t0ken-value"),
                    "test",
                    100))
            .build();

    // When
    S3Settings settings = S3Settings.from(config);

    // Then
    assertThat(settings.endpoint()).contains(s3.endpoint());
    assertThat(settings.accessKeyId()).contains("id");
    assertThat(settings.sessionToken()).contains("t0ken-value");
    assertThat(settings.toString()).doesNotContain("s3cr3t-value").doesNotContain("t0ken-value");
  }

  @Test
  void shouldNameTheKeyTheBucketDoesNotHold() {
    assertThatThrownBy(
            () ->
                S3Download.fetch(
                    java.net.URI.create("s3://models/fraud/8/model.onnx"),
                    workDir,
                    settings(S3Server.SECRET_KEY)))
        .isInstanceOf(ModelLoadException.class)
        .hasMessage(
            "download of s3://models/fraud/8/model.onnx failed: bucket 'models' has no key"
                + " 'fraud/8/model.onnx'");
  }

  @Test
  void shouldNameABucketThatDoesNotExist() {
    assertThatThrownBy(
            () ->
                S3Download.fetch(
                    java.net.URI.create("s3://nope/model.onnx"),
                    workDir,
                    settings(S3Server.SECRET_KEY)))
        .isInstanceOf(ModelLoadException.class)
        .hasMessageContaining("bucket 'nope' does not exist");
  }

  @Test
  void shouldPointAtTheCredentialsWhenTheStoreRefusesThem() {
    assertThatThrownBy(
            () ->
                S3Download.fetch(
                    java.net.URI.create("s3://models/fraud/7/model.onnx"),
                    workDir,
                    settings("wrong-secret")))
        .isInstanceOf(ModelLoadException.class)
        .hasMessageContaining("HTTP 403 (check the AWS credentials)")
        .hasMessageNotContaining("wrong-secret");
    assertThat(workDir.resolve("download-model.onnx")).doesNotExist();
  }

  @Test
  void shouldRefuseHalfAKeyPairBeforeContactingTheStore() {
    Config config = environment(Map.of("AWS_ACCESS_KEY_ID", "id"));

    assertThatThrownBy(
            () ->
                new ArtifactFetcher(workDir, Optional.empty(), S3Settings.from(config))
                    .fetch("s3://models/fraud/7/model.onnx"))
        .isInstanceOf(ModelLoadException.class)
        .hasMessageContaining("only AWS_ACCESS_KEY_ID is");
  }
}
