package io.modelplane.registry.artifact;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * An upload that has been received and hashed but not yet stored: a plaintext file on local disk
 * that callers may inspect. Closing it deletes the file; after {@link ArtifactStore#commit} that is
 * all that is left to do.
 */
public final class StagedArtifact implements AutoCloseable {

  private final String tenant;
  private final String sha256;
  private final long size;
  private final Path file;

  public StagedArtifact(String tenant, String sha256, long size, Path file) {
    this.tenant = tenant;
    this.sha256 = sha256;
    this.size = size;
    this.file = file;
  }

  public String tenant() {
    return tenant;
  }

  public String sha256() {
    return sha256;
  }

  public long size() {
    return size;
  }

  /** The plaintext bytes, readable until {@link #close()}. */
  public Path file() {
    return file;
  }

  @Override
  public void close() {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
