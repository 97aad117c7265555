package io.modelplane.registry.artifact;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * fsync helpers: a rename is only crash-safe once the renamed file's bytes and the directory entry
 * are both on disk.
 */
final class Durable {

  private Durable() {}

  static void syncFile(Path file) throws IOException {
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
      channel.force(true);
    }
  }

  /**
   * Best effort: Linux and macOS can sync a directory opened for reading; platforms that cannot
   * open a directory at all give no stronger guarantee to be had, so that failure is ignored.
   */
  static void syncDirectory(Path dir) {
    try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
      channel.force(true);
    } catch (IOException e) {
      // the rename itself already happened; only its durability across a power loss is weaker
    }
  }
}
