package io.modelplane.registry.inspect;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Enumeration;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;

/**
 * Unpacks a zip or tar.gz model directory. Uploads are untrusted, so entries that would land
 * outside the target (zip-slip), links, and archives that expand beyond {@link #MAX_BYTES} or
 * {@link #MAX_ENTRIES} are refused before they can fill the disk.
 *
 * <p>Failures reading the archive are the uploader's ({@link InvalidArtifactException}); failures
 * writing the target are the server's and stay {@link IOException}s.
 */
final class ArchiveExtractor {

  static final long MAX_BYTES = 20L * 1024 * 1024 * 1024;
  static final int MAX_ENTRIES = 10_000;

  private final long maxBytes;
  private final int maxEntries;
  private long written;
  private int entries;

  ArchiveExtractor(long maxBytes, int maxEntries) {
    this.maxBytes = maxBytes;
    this.maxEntries = maxEntries;
  }

  void extractZip(Path archive, Path target) throws IOException, InvalidArtifactException {
    try (ZipFile zip = openZip(archive)) {
      for (Enumeration<ZipArchiveEntry> all = zip.getEntries(); all.hasMoreElements(); ) {
        ZipArchiveEntry entry = all.nextElement();
        if (entry.isUnixSymlink()) {
          throw new InvalidArtifactException(link(entry.getName()));
        }
        Path dest = destination(target, entry.getName());
        if (entry.isDirectory()) {
          directory(dest, entry.getName());
        } else {
          try (InputStream in = readerOf(zip, entry)) {
            write(in, dest, entry.getName());
          }
        }
      }
    }
  }

  void extractTarGz(Path archive, Path target) throws IOException, InvalidArtifactException {
    try (InputStream raw = new BufferedInputStream(Files.newInputStream(archive));
        TarArchiveInputStream tar = new TarArchiveInputStream(gunzip(raw))) {
      for (TarArchiveEntry entry; (entry = nextEntry(tar)) != null; ) {
        if (entry.isSymbolicLink() || entry.isLink()) {
          throw new InvalidArtifactException(link(entry.getName()));
        }
        Path dest = destination(target, entry.getName());
        if (entry.isDirectory()) {
          directory(dest, entry.getName());
        } else if (entry.isFile()) {
          write(tar, dest, entry.getName());
        }
      }
    }
  }

  private Path destination(Path target, String name) throws InvalidArtifactException {
    if (++entries > maxEntries) {
      throw new InvalidArtifactException(
          "the archive holds more than " + maxEntries + " entries; a model directory needs few");
    }
    Path dest = target.resolve(name).normalize();
    if (name.startsWith("/") || !dest.startsWith(target)) {
      throw new InvalidArtifactException(
          "archive entry '"
              + name
              + "' points outside the archive (absolute path or '..'); pack the model directory"
              + " with relative paths");
    }
    return dest;
  }

  private void write(InputStream in, Path dest, String name)
      throws IOException, InvalidArtifactException {
    byte[] buffer = new byte[64 * 1024];
    try {
      Files.createDirectories(dest.getParent());
    } catch (FileAlreadyExistsException e) {
      throw clash(name);
    }
    try (OutputStream out = Files.newOutputStream(dest, StandardOpenOption.CREATE_NEW)) {
      for (int n; (n = read(in, buffer, name)) > 0; ) {
        written += n;
        if (written > maxBytes) {
          throw new InvalidArtifactException(
              "the archive expands to more than " + maxBytes + " bytes, the limit for a model");
        }
        out.write(buffer, 0, n);
      }
    } catch (FileAlreadyExistsException | NotDirectoryException e) {
      throw clash(name);
    }
  }

  private static void directory(Path dest, String name)
      throws IOException, InvalidArtifactException {
    try {
      Files.createDirectories(dest);
    } catch (FileAlreadyExistsException e) {
      throw clash(name);
    }
  }

  private static InvalidArtifactException clash(String name) {
    return new InvalidArtifactException(
        "the archive holds '" + name + "' twice, or as both a file and a directory");
  }

  private static int read(InputStream in, byte[] buffer, String name)
      throws InvalidArtifactException {
    try {
      return in.read(buffer);
    } catch (IOException e) {
      throw corrupt("entry '" + name + "' cannot be read: " + e.getMessage(), e);
    }
  }

  private static ZipFile openZip(Path archive) throws InvalidArtifactException {
    try {
      return ZipFile.builder().setPath(archive).get();
    } catch (IOException e) {
      throw corrupt(e.getMessage(), e);
    }
  }

  private static InputStream readerOf(ZipFile zip, ZipArchiveEntry entry)
      throws InvalidArtifactException {
    try {
      return zip.getInputStream(entry);
    } catch (IOException e) {
      throw corrupt("entry '" + entry.getName() + "' cannot be read: " + e.getMessage(), e);
    }
  }

  private static InputStream gunzip(InputStream raw) throws InvalidArtifactException {
    try {
      return new GzipCompressorInputStream(raw);
    } catch (IOException e) {
      throw corrupt("not a valid gzip stream: " + e.getMessage(), e);
    }
  }

  private static TarArchiveEntry nextEntry(TarArchiveInputStream tar)
      throws InvalidArtifactException {
    try {
      return tar.getNextEntry();
    } catch (IOException e) {
      throw corrupt("the gzip content is not a tar archive or is truncated: " + e.getMessage(), e);
    }
  }

  private static String link(String name) {
    return "archive entry '" + name + "' is a link; a model archive must hold plain files only";
  }

  private static InvalidArtifactException corrupt(String detail, IOException cause) {
    return new InvalidArtifactException("the archive is corrupt: " + detail, cause);
  }
}
