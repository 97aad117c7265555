package io.modelplane.registry.artifact;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Artifacts in an S3-compatible bucket under {@code <prefix>blobs/<tenant>/<sha256>}. Uploads are
 * staged and encrypted locally first, so an object is only uploaded once it is complete and only
 * ever appears whole. Wrapped tenant keys are objects under {@code <prefix>keys/}.
 */
public final class S3ArtifactStore implements ArtifactStore {

  private static final int NOT_FOUND = 404;

  private final S3Client s3;
  private final String bucket;
  private final String prefix;
  private final Staging staging;
  private final TenantKeys keys;
  private final S3Upload upload;

  public S3ArtifactStore(
      S3Client s3, String bucket, String prefix, MasterKey masterKey, Path stagingDir)
      throws IOException {
    this(
        s3,
        bucket,
        prefix,
        masterKey,
        stagingDir,
        S3Upload.DEFAULT_MULTIPART_THRESHOLD,
        S3Upload.DEFAULT_PART_SIZE);
  }

  /** Lets tests reach the multipart path without multi-GB files. */
  S3ArtifactStore(
      S3Client s3,
      String bucket,
      String prefix,
      MasterKey masterKey,
      Path stagingDir,
      long multipartThreshold,
      long partSize)
      throws IOException {
    this.s3 = s3;
    this.bucket = bucket;
    this.prefix = prefix == null ? "" : prefix;
    this.staging = new Staging(stagingDir);
    this.keys = new TenantKeys(masterKey, new S3KeyObjects(s3, bucket, this.prefix));
    this.upload = new S3Upload(s3, bucket, multipartThreshold, partSize);
  }

  @Override
  public StagedArtifact stage(String tenant, InputStream content, Optional<String> expectedSha256)
      throws IOException {
    return staging.stage(tenant, content, expectedSha256);
  }

  @Override
  public StoredArtifact commit(StagedArtifact staged) throws IOException {
    if (!exists(staged.tenant(), staged.sha256())) {
      Path encrypted = staging.tempFile("encrypted-");
      try {
        try (InputStream in = Files.newInputStream(staged.file());
            OutputStream out = keys.encrypting(staged.tenant(), Files.newOutputStream(encrypted))) {
          Copy.stream(in, out);
        }
        upload.put(blobKey(staged.tenant(), staged.sha256()), encrypted);
      } finally {
        Files.deleteIfExists(encrypted);
      }
    }
    return new StoredArtifact(staged.tenant(), staged.sha256(), staged.size());
  }

  @Override
  public InputStream open(String tenant, String sha256) throws IOException {
    String key = blobKey(tenant, sha256);
    InputStream object;
    try {
      object = s3.getObject(b -> b.bucket(bucket).key(key));
    } catch (NoSuchKeyException e) {
      throw new FileNotFoundException("no artifact " + sha256 + " in tenant " + tenant);
    } catch (SdkException e) {
      throw new IOException("could not read s3://" + bucket + "/" + key, e);
    }
    return keys.decrypting(tenant, sha256, object);
  }

  @Override
  public boolean exists(String tenant, String sha256) throws IOException {
    String key = blobKey(tenant, sha256);
    try {
      s3.headObject(b -> b.bucket(bucket).key(key));
      return true;
    } catch (S3Exception e) {
      if (e.statusCode() == NOT_FOUND) {
        return false;
      }
      throw new IOException("could not look up s3://" + bucket + "/" + key, e);
    } catch (SdkException e) {
      throw new IOException("could not look up s3://" + bucket + "/" + key, e);
    }
  }

  private String blobKey(String tenant, String sha256) {
    return prefix + "blobs/" + Names.tenant(tenant) + "/" + Names.sha256(sha256);
  }
}
