package io.modelplane.registry.artifact;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CompletedPart;

/**
 * Puts a finished local file as one object. A single PUT is capped at 5 GiB, so larger files go as
 * a multipart upload, which like a PUT only makes the object visible once it is complete.
 */
final class S3Upload {

  static final long DEFAULT_MULTIPART_THRESHOLD = 256L << 20;
  static final long DEFAULT_PART_SIZE = 64L << 20;

  private final S3Client s3;
  private final String bucket;
  private final long multipartThreshold;
  private final long partSize;

  S3Upload(S3Client s3, String bucket, long multipartThreshold, long partSize) {
    this.s3 = s3;
    this.bucket = bucket;
    this.multipartThreshold = multipartThreshold;
    this.partSize = partSize;
  }

  void put(String key, Path file) throws IOException {
    long size = Files.size(file);
    try {
      if (size <= multipartThreshold) {
        s3.putObject(b -> b.bucket(bucket).key(key), RequestBody.fromFile(file));
      } else {
        putInParts(key, file, size);
      }
    } catch (SdkException e) {
      throw new IOException("could not upload s3://" + bucket + "/" + key, e);
    }
  }

  private void putInParts(String key, Path file, long size) {
    String uploadId = s3.createMultipartUpload(b -> b.bucket(bucket).key(key)).uploadId();
    try {
      List<CompletedPart> parts = new ArrayList<>();
      for (long offset = 0; offset < size; offset += partSize) {
        int number = parts.size() + 1;
        long start = offset;
        long length = Math.min(partSize, size - offset);
        String etag =
            s3.uploadPart(
                    b -> b.bucket(bucket).key(key).uploadId(uploadId).partNumber(number),
                    RequestBody.fromContentProvider(
                        () -> open(file, start, length), length, "application/octet-stream"))
                .eTag();
        parts.add(CompletedPart.builder().partNumber(number).eTag(etag).build());
      }
      s3.completeMultipartUpload(
          b -> b.bucket(bucket).key(key).uploadId(uploadId).multipartUpload(m -> m.parts(parts)));
    } catch (RuntimeException e) {
      abort(key, uploadId, e);
      throw e;
    }
  }

  /** The SDK may re-open a part to retry it, so each call reads the slice afresh. */
  private static FileSlice open(Path file, long offset, long length) {
    try {
      return new FileSlice(file, offset, length);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void abort(String key, String uploadId, Exception cause) {
    try {
      s3.abortMultipartUpload(b -> b.bucket(bucket).key(key).uploadId(uploadId));
    } catch (SdkException e) {
      cause.addSuppressed(e);
    }
  }
}
