package io.modelplane.privacy.service;

import io.modelplane.kernel.error.UnprocessableException;
import io.modelplane.privacy.source.DataFormat;
import io.modelplane.privacy.source.DataReader;
import io.modelplane.privacy.source.MalformedDataException;
import io.modelplane.privacy.source.NotTextException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Streams an uploaded file to the data directory (never into memory), refusing it past the size
 * limit, and reads it through once before it is accepted: a binary file or malformed CSV/JSON lines
 * is answered at once (422 with the line) instead of becoming a failed scan later.
 */
@ApplicationScoped
public class UploadStaging {

  @Inject PrivacyConfig config;

  @ConfigProperty(name = "modelplane.data-dir")
  Path dataDir;

  /** A checked upload waiting for its scan; the scan deletes it. */
  public record Staged(Path file, DataFormat format, long size) {}

  public long limit() {
    return config.maxUpload().asLongValue();
  }

  public Staged stage(InputStream body, DataFormat format) {
    Path file = null;
    try {
      Path dir = Files.createDirectories(dataDir.resolve("privacy").resolve("uploads"));
      file = Files.createTempFile(dir, "scan-", ".upload");
      long size = copy(body, file);
      check(file, format);
      return new Staged(file, format, size);
    } catch (IOException e) {
      delete(file);
      throw new UncheckedIOException("could not stage the upload", e);
    } catch (RuntimeException e) {
      delete(file);
      throw e;
    }
  }

  /** Takes over a file the HTTP layer already wrote (a multipart part). */
  public Staged adopt(Path uploaded, DataFormat format) {
    try {
      long size = Files.size(uploaded);
      if (size > limit()) {
        throw new UploadTooLargeException(limit());
      }
      try (InputStream in = Files.newInputStream(uploaded)) {
        return stage(in, format);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("could not read the upload", e);
    }
  }

  public static void delete(Path file) {
    if (file != null) {
      try {
        Files.deleteIfExists(file);
      } catch (IOException ignored) {
        // a leftover in the uploads directory is harmless; the next start does not need it
      }
    }
  }

  private long copy(InputStream body, Path file) throws IOException {
    long limit = limit();
    long total = 0;
    byte[] buffer = new byte[1 << 16];
    try (OutputStream out = Files.newOutputStream(file)) {
      for (int n = body.read(buffer); n >= 0; n = body.read(buffer)) {
        total += n;
        if (total > limit) {
          throw new UploadTooLargeException(limit);
        }
        out.write(buffer, 0, n);
      }
    }
    return total;
  }

  private static void check(Path file, DataFormat format) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      DataReader.read(format, in, (location, value) -> {});
    } catch (NotTextException e) {
      throw new UnprocessableException("file", "is not text: " + e.getMessage());
    } catch (MalformedDataException e) {
      throw new UnprocessableException(
          "file", "is not valid " + format.id() + ": " + e.getMessage());
    }
  }
}
