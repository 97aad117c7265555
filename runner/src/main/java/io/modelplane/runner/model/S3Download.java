package io.modelplane.runner.model;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;

/**
 * s3://bucket/key with the SDK's default credential chain (AWS_ACCESS_KEY_ID, web identity, IRSA).
 * AWS_ENDPOINT_URL points it at an S3-compatible store, which then needs path-style addressing.
 */
final class S3Download {

  private S3Download() {}

  static Path fetch(URI uri, Path workDir) {
    String bucket = uri.getHost();
    String key = uri.getPath() == null ? "" : uri.getPath().replaceFirst("^/", "");
    if (bucket == null || key.isBlank()) {
      throw new ModelLoadException("MODEL_URI " + uri + " must look like s3://bucket/key");
    }
    Optional<String> endpoint = env("AWS_ENDPOINT_URL_S3").or(() -> env("AWS_ENDPOINT_URL"));
    var builder =
        S3Client.builder()
            .httpClient(UrlConnectionHttpClient.create())
            .region(Region.of(env("AWS_REGION").orElse("us-east-1")));
    endpoint.ifPresent(url -> builder.endpointOverride(URI.create(url)).forcePathStyle(true));
    Path target = workDir.resolve("download-" + ArtifactFetcher.fileName(uri));
    try (S3Client s3 = builder.build()) {
      Files.deleteIfExists(target);
      s3.getObject(GetObjectRequest.builder().bucket(bucket).key(key).build(), target);
      return target;
    } catch (SdkException | java.io.IOException e) {
      throw new ModelLoadException("download of " + uri + " failed: " + e.getMessage(), e);
    }
  }

  private static Optional<String> env(String name) {
    return Optional.ofNullable(System.getenv(name)).filter(value -> !value.isBlank());
  }
}
