package io.modelplane.registry.artifact;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Wrapped keysets as objects {@code <prefix>keys/<tenant>.json}. Creation is a conditional PUT
 * ({@code If-None-Match: *}), so when two replicas race the loser gets 412 and adopts the winner's
 * keyset. A server that ignores the condition lets the last writer win; reading the key back after
 * writing narrows that window, and such deployments should create tenant keys up front.
 */
final class S3KeyObjects implements TenantKeys.Storage {

  private static final int PRECONDITION_FAILED = 412;
  private static final int CONDITIONAL_REQUEST_CONFLICT = 409;

  private final S3Client s3;
  private final String bucket;
  private final String prefix;

  S3KeyObjects(S3Client s3, String bucket, String prefix) {
    this.s3 = s3;
    this.bucket = bucket;
    this.prefix = prefix;
  }

  @Override
  public Optional<String> read(String tenant) throws IOException {
    String key = key(tenant);
    try {
      return Optional.of(
          s3.getObjectAsBytes(b -> b.bucket(bucket).key(key)).asString(StandardCharsets.UTF_8));
    } catch (NoSuchKeyException e) {
      return Optional.empty();
    } catch (SdkException e) {
      throw new IOException("could not read s3://" + bucket + "/" + key, e);
    }
  }

  @Override
  public String createIfAbsent(String tenant, String wrappedKeyset) throws IOException {
    String key = key(tenant);
    try {
      s3.putObject(
          b -> b.bucket(bucket).key(key).ifNoneMatch("*"), RequestBody.fromString(wrappedKeyset));
    } catch (S3Exception e) {
      if (e.statusCode() != PRECONDITION_FAILED && e.statusCode() != CONDITIONAL_REQUEST_CONFLICT) {
        throw new IOException("could not store s3://" + bucket + "/" + key, e);
      }
    } catch (SdkException e) {
      throw new IOException("could not store s3://" + bucket + "/" + key, e);
    }
    return read(tenant)
        .orElseThrow(() -> new IOException("s3://" + bucket + "/" + key + " vanished"));
  }

  private String key(String tenant) {
    return prefix + "keys/" + Names.tenant(tenant) + ".json";
  }
}
