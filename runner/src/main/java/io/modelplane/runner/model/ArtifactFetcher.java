package io.modelplane.runner.model;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/** Brings MODEL_URI onto local disk: local paths as they are, http(s) and s3 downloaded. */
public final class ArtifactFetcher {

  private final Path workDir;
  private final Optional<String> bearerToken;
  private final S3Settings s3;

  public ArtifactFetcher(Path workDir, Optional<String> bearerToken) {
    this(workDir, bearerToken, S3Settings.NONE);
  }

  public ArtifactFetcher(Path workDir, Optional<String> bearerToken, S3Settings s3) {
    this.workDir = workDir;
    this.bearerToken = bearerToken.filter(token -> !token.isBlank());
    this.s3 = s3;
  }

  public Path fetch(String location) {
    String scheme = scheme(location);
    return switch (scheme) {
      case "" -> existing(Path.of(location), location);
      case "file" -> existing(Path.of(URI.create(location)), location);
      case "http", "https" -> download(URI.create(location));
      case "s3" -> S3Download.fetch(URI.create(location), workDir, s3);
      default ->
          throw new ModelLoadException(
              "MODEL_URI scheme '"
                  + scheme
                  + "' is not supported: use a path, file:, http(s): or s3:");
    };
  }

  private static String scheme(String location) {
    int colon = location.indexOf(':');
    if (colon <= 1 || location.startsWith("/")) {
      return "";
    }
    return location.substring(0, colon).toLowerCase(Locale.ROOT);
  }

  private static Path existing(Path path, String location) {
    if (!Files.isRegularFile(path)) {
      throw new ModelLoadException("model artifact not found: " + location);
    }
    return path;
  }

  private Path download(URI uri) {
    String shown = Redaction.withoutQuery(uri);
    HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofMinutes(30)).GET();
    bearerToken.ifPresent(token -> request.header("Authorization", "Bearer " + token));
    HttpClient client =
        HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NORMAL)
            .connectTimeout(Duration.ofSeconds(30))
            .build();
    try (client) {
      HttpResponse<InputStream> response =
          client.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
      try (InputStream body = response.body()) {
        if (response.statusCode() != 200) {
          throw new ModelLoadException(
              "download of " + shown + " failed: HTTP " + response.statusCode());
        }
        Path target = workDir.resolve("download-" + fileName(uri));
        Files.copy(body, target, StandardCopyOption.REPLACE_EXISTING);
        return target;
      }
    } catch (IOException e) {
      throw new ModelLoadException("download of " + shown + " failed: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ModelLoadException("download of " + shown + " interrupted", e);
    }
  }

  static String fileName(URI uri) {
    String path = uri.getPath() == null ? "" : uri.getPath();
    String name = path.substring(path.lastIndexOf('/') + 1);
    return name.isBlank() ? "artifact" : name;
  }
}
