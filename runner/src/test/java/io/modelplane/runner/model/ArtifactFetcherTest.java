package io.modelplane.runner.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArtifactFetcherTest {

  @TempDir Path workDir;

  private HttpServer server;
  private String base;

  @BeforeEach
  void startServer() throws Exception {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/models/m.onnx",
        exchange -> {
          boolean authorised =
              "Bearer s3cret".equals(exchange.getRequestHeaders().getFirst("Authorization"))
                  || "sig=ok".equals(exchange.getRequestURI().getQuery());
          byte[] body = (authorised ? "model bytes" : "no").getBytes(StandardCharsets.UTF_8);
          exchange.sendResponseHeaders(authorised ? 200 : 403, body.length);
          exchange.getResponseBody().write(body);
          exchange.close();
        });
    server.start();
    base = "http://127.0.0.1:" + server.getAddress().getPort();
  }

  @AfterEach
  void stopServer() {
    server.stop(0);
  }

  @Test
  void shouldDownloadWithTheBearerToken() throws Exception {
    // When
    Path file = new ArtifactFetcher(workDir, Optional.of("s3cret")).fetch(base + "/models/m.onnx");

    // Then
    assertThat(Files.readString(file)).isEqualTo("model bytes");
  }

  @Test
  void shouldDownloadASignedUrlWithoutAToken() throws Exception {
    // When
    Path file =
        new ArtifactFetcher(workDir, Optional.empty()).fetch(base + "/models/m.onnx?sig=ok");

    // Then
    assertThat(Files.readString(file)).isEqualTo("model bytes");
  }

  @Test
  void shouldFailWithTheStatusButWithoutTheSignatureWhenRefused() {
    assertThatThrownBy(
            () ->
                new ArtifactFetcher(workDir, Optional.empty())
                    .fetch(base + "/models/m.onnx?sig=bad"))
        .isInstanceOf(ModelLoadException.class)
        .hasMessageContaining("HTTP 403")
        .hasMessageNotContaining("sig=bad");
  }

  @Test
  void shouldFailClearlyWhenALocalFileIsMissing() {
    assertThatThrownBy(
            () -> new ArtifactFetcher(workDir, Optional.empty()).fetch("/nowhere/model.onnx"))
        .isInstanceOf(ModelLoadException.class)
        .hasMessage("model artifact not found: /nowhere/model.onnx");
  }

  @Test
  void shouldRefuseAnUnsupportedScheme() {
    assertThatThrownBy(
            () -> new ArtifactFetcher(workDir, Optional.empty()).fetch("ftp://host/model.onnx"))
        .isInstanceOf(ModelLoadException.class)
        .hasMessageContaining("scheme 'ftp'");
  }

  @Test
  void shouldUseALocalFileInPlace() throws Exception {
    // Given
    Path local = Files.writeString(workDir.resolve("local.onnx"), "x");

    // When / Then
    assertThat(new ArtifactFetcher(workDir, Optional.empty()).fetch(local.toUri().toString()))
        .isEqualTo(local);
  }
}
