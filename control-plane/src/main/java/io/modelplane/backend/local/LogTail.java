package io.modelplane.backend.local;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Finds why a runner exited in what it logged since it started, so that a status message can name
 * the failure (a sha256 mismatch, an unreadable model) instead of only an exit code.
 */
final class LogTail {

  /** How much of a start's log is read: the failure is logged last. */
  private static final int MAX_BYTES = 64 * 1024;

  /** The runner's own line for a failed load, followed by the cause. */
  private static final String NOT_SERVED = "will not be served: ";

  /** The exception Quarkus appends to the message on the same line: already said by the message. */
  private static final Pattern EXCEPTION =
      Pattern.compile(": (?:[a-zA-Z_$][\\w$]*\\.)+[A-Z][\\w$]*(?:Exception|Error)\\b.*$");

  private LogTail() {}

  /** The failure logged after {@code offset}: the runner's load failure, else its last error. */
  static Optional<String> failure(Path log, long offset) {
    List<String> lines = read(log, offset).lines().toList();
    for (String line : lines.reversed()) {
      int at = line.indexOf(NOT_SERVED);
      if (at >= 0) {
        String failure = line.substring(at + NOT_SERVED.length());
        return Optional.of(EXCEPTION.matcher(failure).replaceFirst("").strip());
      }
    }
    for (String line : lines.reversed()) {
      if (line.contains(" ERROR ") || line.startsWith("Error: ")) {
        return Optional.of(withoutPrefix(line));
      }
    }
    return Optional.empty();
  }

  /** Drops {@code 2026-… ERROR [category] (thread) } from a Quarkus log line. */
  private static String withoutPrefix(String line) {
    int thread = line.indexOf(") ", line.indexOf(" ERROR ") + 1);
    return (thread >= 0 && line.contains(" ERROR ") ? line.substring(thread + 2) : line).strip();
  }

  private static String read(Path log, long offset) {
    try (RandomAccessFile file = new RandomAccessFile(log.toFile(), "r")) {
      long start = Math.max(offset, file.length() - MAX_BYTES);
      byte[] bytes = new byte[(int) Math.max(0, file.length() - start)];
      file.seek(start);
      file.readFully(bytes);
      return new String(bytes, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "";
    }
  }
}
