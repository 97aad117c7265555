package io.modelplane.runner.model;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;

/**
 * Turns a fetched artifact into a DJL model directory: a zip or tar.gz is unpacked (by content, not
 * by name, since signed URLs rarely keep one), a single model file gets a directory of its own.
 */
public final class ArtifactUnpacker {

  private ArtifactUnpacker() {}

  public static Path unpack(Path artifact, Path workDir) {
    try {
      Path dir = Files.createTempDirectory(workDir, "model-");
      byte[] magic = readMagic(artifact);
      if (magic[0] == 'P' && magic[1] == 'K') {
        unzip(artifact, dir);
      } else if ((magic[0] & 0xff) == 0x1f && (magic[1] & 0xff) == 0x8b) {
        untarGz(artifact, dir);
      } else {
        Files.createSymbolicLink(dir.resolve(artifact.getFileName()), artifact.toAbsolutePath());
        return dir;
      }
      return singleTopDirectory(dir);
    } catch (IOException e) {
      throw new ModelLoadException("cannot unpack model artifact: " + e.getMessage(), e);
    }
  }

  private static byte[] readMagic(Path artifact) throws IOException {
    try (InputStream in = Files.newInputStream(artifact)) {
      byte[] magic = new byte[2];
      int read = in.readNBytes(magic, 0, 2);
      return read == 2 ? magic : new byte[2];
    }
  }

  private static void unzip(Path artifact, Path dir) throws IOException {
    try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(artifact))) {
      for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        write(dir, entry.getName(), entry.isDirectory(), zip);
      }
    }
  }

  private static void untarGz(Path artifact, Path dir) throws IOException {
    try (TarArchiveInputStream tar =
        new TarArchiveInputStream(
            new GZIPInputStream(new BufferedInputStream(Files.newInputStream(artifact))))) {
      for (TarArchiveEntry entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
        if (entry.isDirectory() || entry.isFile()) {
          write(dir, entry.getName(), entry.isDirectory(), tar);
        }
      }
    }
  }

  private static void write(Path dir, String name, boolean directory, InputStream in)
      throws IOException {
    Path target = dir.resolve(name).normalize();
    if (!target.startsWith(dir)) {
      throw new ModelLoadException("model archive entry escapes its directory: " + name);
    }
    if (directory) {
      Files.createDirectories(target);
      return;
    }
    Files.createDirectories(target.getParent());
    Files.copy(in, target);
  }

  /** Archives made with `tar czf model.tar.gz model/` wrap everything in one directory. */
  private static Path singleTopDirectory(Path dir) {
    try (Stream<Path> children = Files.list(dir)) {
      List<Path> entries = children.toList();
      if (entries.size() == 1 && Files.isDirectory(entries.getFirst())) {
        return entries.getFirst();
      }
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
