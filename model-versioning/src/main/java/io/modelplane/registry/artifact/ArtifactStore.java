package io.modelplane.registry.artifact;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/**
 * Where model artifacts and baselines live: content-addressed per tenant (the same bytes are kept
 * once), encrypted at rest with the tenant's data key, written atomically.
 *
 * <p>Storing is two steps so a caller can inspect the bytes before anything is kept: {@link #stage}
 * streams the upload to a local plaintext file while hashing it (never holding it in memory), then
 * {@link #commit} moves it into the store, or closing the staged artifact discards it.
 */
public interface ArtifactStore {

  /**
   * Streams {@code content} to a staging file and computes its SHA-256.
   *
   * @param expectedSha256 the digest the client claims (lower-case hex), checked after the last
   *     byte
   * @throws DigestMismatchException when the bytes do not match {@code expectedSha256}; nothing is
   *     left behind
   */
  StagedArtifact stage(String tenant, InputStream content, Optional<String> expectedSha256)
      throws IOException;

  /**
   * Encrypts and stores a staged artifact; a no-op when the tenant already holds the same bytes.
   */
  StoredArtifact commit(StagedArtifact staged) throws IOException;

  /** The decrypted bytes of a stored artifact, streamed. */
  InputStream open(String tenant, String sha256) throws IOException;

  boolean exists(String tenant, String sha256) throws IOException;
}
