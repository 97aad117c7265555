package io.modelplane.registry.inspect;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.archivers.tar.TarConstants;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;

/** Builds artifacts the way CI pipelines upload them: bare files, zips and tarballs. */
final class TestArtifacts {

  /** all-MiniLM-L6-v2 (quantised) from the langchain4j test jar: 384-wide sentence embeddings. */
  static final long MINILM_HIDDEN = 384;

  private TestArtifacts() {}

  static Path miniLmOnnx(Path file) throws IOException {
    return resource("all-minilm-l6-v2-q.onnx", file);
  }

  static Path miniLmTokenizer(Path file) throws IOException {
    return resource("all-minilm-l6-v2-q-tokenizer.json", file);
  }

  static Path text(Path file, String content) throws IOException {
    return Files.writeString(file, content, StandardCharsets.UTF_8);
  }

  static Path fixture(Path file, String realModel) throws IOException {
    return Files.write(file, RealModels.bytes(realModel));
  }

  /** Entries are written in map order, under exactly the given names (even hostile ones). */
  static Path zip(Path target, Map<String, Path> entries) throws IOException {
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(target))) {
      zip.setLevel(Deflater.BEST_SPEED);
      for (Map.Entry<String, Path> e : entries.entrySet()) {
        zip.putNextEntry(new ZipEntry(e.getKey()));
        if (e.getValue() != null) {
          Files.copy(e.getValue(), zip);
        }
        zip.closeEntry();
      }
    }
    return target;
  }

  static Path tarGz(Path target, Map<String, Path> entries) throws IOException {
    try (OutputStream file = Files.newOutputStream(target);
        TarArchiveOutputStream tar =
            new TarArchiveOutputStream(new GzipCompressorOutputStream(file))) {
      tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
      for (Map.Entry<String, Path> e : entries.entrySet()) {
        TarArchiveEntry entry = new TarArchiveEntry(e.getKey(), true);
        entry.setSize(e.getValue() == null ? 0 : Files.size(e.getValue()));
        tar.putArchiveEntry(entry);
        if (e.getValue() != null) {
          Files.copy(e.getValue(), tar);
        }
        tar.closeArchiveEntry();
      }
    }
    return target;
  }

  static Path tarGzWithSymlink(Path target, String name, String linkTarget) throws IOException {
    try (OutputStream file = Files.newOutputStream(target);
        TarArchiveOutputStream tar =
            new TarArchiveOutputStream(new GzipCompressorOutputStream(file))) {
      TarArchiveEntry link = new TarArchiveEntry(name, TarConstants.LF_SYMLINK);
      link.setLinkName(linkTarget);
      tar.putArchiveEntry(link);
      tar.closeArchiveEntry();
    }
    return target;
  }

  static Path truncated(Path source, Path target, long keep) throws IOException {
    try (InputStream in = Files.newInputStream(source)) {
      return Files.write(target, in.readNBytes((int) keep));
    }
  }

  private static Path resource(String name, Path file) throws IOException {
    try (InputStream in = TestArtifacts.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(
            name + " is missing: the langchain4j all-minilm-l6-v2-q test jar provides it");
      }
      Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
    }
    return file;
  }
}
