package io.modelplane.registry.artifact;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * Artifacts on a filesystem: {@code <root>/blobs/<tenant>/<sha[0:2]>/<sha256>}, encrypted, written
 * to a temporary file in the same directory, synced, then renamed into place, so a crash never
 * leaves a partial blob under its final name. Uploads are staged in {@code <root>/staging} and
 * wrapped tenant keys live in {@code <root>/keys}.
 */
public final class FileSystemArtifactStore implements ArtifactStore {

  private final Path blobs;
  private final Staging staging;
  private final TenantKeys keys;

  public FileSystemArtifactStore(Path root, MasterKey masterKey) throws IOException {
    this.blobs = Files.createDirectories(root.resolve("blobs"));
    this.staging = new Staging(root.resolve("staging"));
    this.keys = new TenantKeys(masterKey, new KeyFiles(root.resolve("keys")));
  }

  @Override
  public StagedArtifact stage(String tenant, InputStream content, Optional<String> expectedSha256)
      throws IOException {
    return staging.stage(tenant, content, expectedSha256);
  }

  @Override
  public StoredArtifact commit(StagedArtifact staged) throws IOException {
    Path blob = blob(staged.tenant(), staged.sha256());
    if (!Files.exists(blob)) {
      Path dir = Files.createDirectories(blob.getParent());
      Path temp = Files.createTempFile(dir, ".incoming-", ".part");
      try {
        try (InputStream in = Files.newInputStream(staged.file());
            OutputStream out = keys.encrypting(staged.tenant(), Files.newOutputStream(temp))) {
          Copy.stream(in, out);
        }
        Durable.syncFile(temp);
        // two commits of the same bytes may race here; either ciphertext is a valid blob
        Files.move(temp, blob, StandardCopyOption.ATOMIC_MOVE);
        Durable.syncDirectory(dir);
      } finally {
        Files.deleteIfExists(temp);
      }
    }
    return new StoredArtifact(staged.tenant(), staged.sha256(), staged.size());
  }

  @Override
  public InputStream open(String tenant, String sha256) throws IOException {
    Path blob = blob(tenant, sha256);
    if (!Files.exists(blob)) {
      throw new FileNotFoundException("no artifact " + sha256 + " in tenant " + tenant);
    }
    return keys.decrypting(tenant, sha256, Files.newInputStream(blob));
  }

  @Override
  public boolean exists(String tenant, String sha256) {
    return Files.exists(blob(tenant, sha256));
  }

  private Path blob(String tenant, String sha256) {
    Names.tenant(tenant);
    Names.sha256(sha256);
    return blobs.resolve(tenant).resolve(sha256.substring(0, 2)).resolve(sha256);
  }
}
