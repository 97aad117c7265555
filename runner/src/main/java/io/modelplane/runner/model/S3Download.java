package io.modelplane.runner.model;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * s3://bucket/key, with credentials from {@link S3Settings} or else the SDK's default chain
 * (AWS_ACCESS_KEY_ID, web identity, IRSA). An endpoint points it at an S3-compatible store, which
 * then needs path-style addressing.
 */
final class S3Download {

  private S3Download() {}

  static Path fetch(URI uri, Path workDir, S3Settings settings) {
    String bucket = uri.getHost();
    String key = uri.getPath() == null ? "" : uri.getPath().replaceFirst("^/", "");
    if (bucket == null || key.isBlank()) {
      throw new ModelLoadException("MODEL_URI " + uri + " must look like s3://bucket/key");
    }
    Path target = workDir.resolve("download-" + ArtifactFetcher.fileName(uri));
    try (S3Client s3 = client(settings)) {
      Files.deleteIfExists(target);
      s3.getObject(GetObjectRequest.builder().bucket(bucket).key(key).build(), target);
      return target;
    } catch (NoSuchKeyException e) {
      throw new ModelLoadException(
          "download of " + uri + " failed: bucket '" + bucket + "' has no key '" + key + "'", e);
    } catch (NoSuchBucketException e) {
      throw new ModelLoadException(
          "download of " + uri + " failed: bucket '" + bucket + "' does not exist", e);
    } catch (S3Exception e) {
      throw new ModelLoadException(
          "download of "
              + uri
              + " failed: HTTP "
              + e.statusCode()
              + (e.statusCode() == 403 ? " (check the AWS credentials) " : " ")
              + e.awsErrorDetails().errorMessage(),
          e);
    } catch (SdkException | IOException e) {
      throw new ModelLoadException("download of " + uri + " failed: " + e.getMessage(), e);
    }
  }

  private static S3Client client(S3Settings settings) {
    S3ClientBuilder builder =
        S3Client.builder()
            .httpClient(UrlConnectionHttpClient.create())
            .region(Region.of(settings.region().orElse("us-east-1")))
            // MODEL_SHA256 already guards the bytes; the SDK's newer flexible checksums are not
            // implemented by every S3-compatible store (s3proxy 2.4 answers 501 to some).
            .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
            .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED);
    settings.endpointUri().ifPresent(url -> builder.endpointOverride(url).forcePathStyle(true));
    if (settings.hasStaticCredentials()) {
      builder.credentialsProvider(StaticCredentialsProvider.create(credentials(settings)));
    }
    return builder.build();
  }

  private static AwsCredentials credentials(S3Settings settings) {
    String id = settings.accessKeyId().orElseThrow();
    String secret = settings.secretAccessKey().orElseThrow();
    return settings
        .sessionToken()
        .<AwsCredentials>map(token -> AwsSessionCredentials.create(id, secret, token))
        .orElseGet(() -> AwsBasicCredentials.create(id, secret));
  }
}
