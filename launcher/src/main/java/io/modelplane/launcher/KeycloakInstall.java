package io.modelplane.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/** A private copy of the Keycloak distribution under the data directory, so its data persists. */
final class KeycloakInstall {

  private KeycloakInstall() {}

  static Path ensure(Path distribution, Path target) throws IOException {
    if (Files.isExecutable(target.resolve("bin/kc.sh"))) {
      return target;
    }
    if (!Files.isDirectory(distribution)) {
      throw new IOException(
          "Keycloak distribution not found at " + distribution + "; run ./mvnw package");
    }
    Path partial = target.resolveSibling(target.getFileName() + ".partial");
    copyTree(distribution, partial);
    Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
    return target;
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> paths = Files.walk(from)) {
      paths.forEach(
          p -> {
            try {
              Path dest = to.resolve(from.relativize(p).toString());
              if (Files.isDirectory(p)) {
                Files.createDirectories(dest);
              } else {
                Files.copy(
                    p,
                    dest,
                    StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.COPY_ATTRIBUTES);
              }
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          });
    }
  }
}
