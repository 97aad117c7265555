package io.modelplane.runner.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/** Digests of fetched artifacts, checked before any engine sees their bytes. */
public final class Sha256 {

  private Sha256() {}

  public static String of(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      byte[] buffer = new byte[1 << 16];
      for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
        digest.update(buffer, 0, read);
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK ships SHA-256", e);
    }
  }

  /** Returns the actual digest, or fails when an expected one is given and differs. */
  public static String verify(Path file, String expected) {
    String actual = of(file);
    String wanted = expected.strip().toLowerCase(Locale.ROOT);
    if (!actual.equals(wanted)) {
      throw new ModelLoadException(
          "sha256 mismatch for model artifact "
              + file.getFileName()
              + ": MODEL_SHA256 is "
              + wanted
              + " but the artifact's digest is "
              + actual);
    }
    return actual;
  }
}
