package io.modelplane.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import org.jboss.logging.Logger;

/**
 * Secrets of the embedded defaults: when production configuration names none, 32 random bytes are
 * generated once into the data directory, readable by their owner only, and read back on every
 * start.
 */
public final class LocalSecrets {

  private static final Logger LOG = Logger.getLogger(LocalSecrets.class);

  private LocalSecrets() {}

  /**
   * The base64 secret in {@code file}, created first if missing; {@code property} names the
   * override.
   */
  public static String readOrCreate(Path file, String property) {
    try {
      if (!Files.exists(file)) {
        byte[] raw = new byte[32];
        new SecureRandom().nextBytes(raw);
        Files.createDirectories(file.getParent());
        Files.writeString(file, Base64.getEncoder().encodeToString(raw));
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        LOG.warnf("generated a local secret at %s; set %s in production", file, property);
      }
      return Files.readString(file).trim();
    } catch (IOException e) {
      throw new IllegalStateException("cannot read or create the local secret " + file, e);
    }
  }
}
