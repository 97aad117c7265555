package io.modelplane.registry.artifact;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** A byte range of a file as a stream, so a multipart upload streams each part from disk. */
final class FileSlice extends InputStream {

  private final FileChannel channel;
  private long position;
  private long remaining;

  FileSlice(Path file, long offset, long length) throws IOException {
    this.channel = FileChannel.open(file, StandardOpenOption.READ);
    this.position = offset;
    this.remaining = length;
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    return read(one, 0, 1) == -1 ? -1 : one[0] & 0xff;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    if (length == 0) {
      return 0;
    }
    if (remaining <= 0) {
      return -1;
    }
    int wanted = (int) Math.min(length, remaining);
    int read = channel.read(ByteBuffer.wrap(buffer, offset, wanted), position);
    if (read > 0) {
      position += read;
      remaining -= read;
    }
    return read;
  }

  @Override
  public void close() throws IOException {
    channel.close();
  }
}
