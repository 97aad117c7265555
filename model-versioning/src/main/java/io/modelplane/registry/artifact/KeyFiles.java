package io.modelplane.registry.artifact;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Wrapped keysets as {@code <dir>/<tenant>.json}. A keyset is written whole to a temporary file,
 * synced, then hard-linked to its final name: {@code link(2)} fails when the name exists, which
 * makes creation an atomic create-if-absent even between processes sharing the directory, and a
 * reader never sees a half-written keyset.
 */
final class KeyFiles implements TenantKeys.Storage {

  private final Path dir;

  KeyFiles(Path dir) throws IOException {
    this.dir = Files.createDirectories(dir);
  }

  @Override
  public Optional<String> read(String tenant) throws IOException {
    Path file = file(tenant);
    return Files.exists(file) ? Optional.of(Files.readString(file)) : Optional.empty();
  }

  @Override
  public String createIfAbsent(String tenant, String wrappedKeyset) throws IOException {
    Path file = file(tenant);
    Path temp = Files.createTempFile(dir, ".key-", ".part");
    try {
      Files.writeString(temp, wrappedKeyset);
      Durable.syncFile(temp);
      Files.createLink(file, temp);
      Durable.syncDirectory(dir);
      return wrappedKeyset;
    } catch (FileAlreadyExistsException e) {
      return Files.readString(file);
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  private Path file(String tenant) {
    return dir.resolve(Names.tenant(tenant) + ".json");
  }
}
