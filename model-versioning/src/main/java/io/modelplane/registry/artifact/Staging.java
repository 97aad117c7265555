package io.modelplane.registry.artifact;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/** Streams an upload to a local file while hashing it; shared by every store. */
final class Staging {

  private final Path dir;

  Staging(Path dir) throws IOException {
    this.dir = Files.createDirectories(dir);
  }

  StagedArtifact stage(String tenant, InputStream content, Optional<String> expectedSha256)
      throws IOException {
    Names.tenant(tenant);
    expectedSha256.ifPresent(Names::sha256);
    Path file = Files.createTempFile(dir, "upload-", ".part");
    try {
      MessageDigest digest = sha256();
      long size;
      try (InputStream in = new DigestInputStream(content, digest);
          OutputStream out = Files.newOutputStream(file)) {
        size = Copy.stream(in, out);
      }
      String actual = HexFormat.of().formatHex(digest.digest());
      if (expectedSha256.isPresent() && !expectedSha256.get().equals(actual)) {
        throw new DigestMismatchException(expectedSha256.get(), actual);
      }
      return new StagedArtifact(tenant, actual, size, file);
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(file);
      throw e;
    }
  }

  Path tempFile(String prefix) throws IOException {
    return Files.createTempFile(dir, prefix, ".part");
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
