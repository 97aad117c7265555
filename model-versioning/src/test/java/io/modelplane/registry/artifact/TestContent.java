package io.modelplane.registry.artifact;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Random;
import java.util.SplittableRandom;

/** Upload bodies for the artifact store tests. */
final class TestContent {

  static final byte[] MARKER =
      "MODELPLANE-PLAINTEXT-MARKER-0451".getBytes(StandardCharsets.US_ASCII);

  private TestContent() {}

  static byte[] random(int size, long seed) {
    byte[] bytes = new byte[size];
    new Random(seed).nextBytes(bytes);
    return bytes;
  }

  /** Plaintext that is easy to spot in a stored file: the marker, repeated. */
  static byte[] marked(int repetitions) {
    byte[] bytes = new byte[MARKER.length * repetitions];
    for (int i = 0; i < repetitions; i++) {
      System.arraycopy(MARKER, 0, bytes, i * MARKER.length, MARKER.length);
    }
    return bytes;
  }

  static boolean contains(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }

  static String sha256(byte[] bytes) {
    return HexFormat.of().formatHex(digest().digest(bytes));
  }

  /** Reads the stream to its end, keeping only the digest. */
  static String sha256(InputStream in) throws IOException {
    MessageDigest digest = digest();
    try (InputStream hashing = new DigestInputStream(in, digest)) {
      hashing.transferTo(OutputStream.nullOutputStream());
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  static byte[] readAll(InputStream in) throws IOException {
    try (in) {
      return in.readAllBytes();
    }
  }

  private static MessageDigest digest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Pseudo-random bytes generated as they are read: a large upload that never exists whole. */
  static final class Generated extends InputStream {

    private final SplittableRandom random;
    private long remaining;

    Generated(long size, long seed) {
      this.random = new SplittableRandom(seed);
      this.remaining = size;
    }

    @Override
    public int read() {
      byte[] one = new byte[1];
      return read(one, 0, 1) == -1 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
      if (length == 0) {
        return 0;
      }
      if (remaining == 0) {
        return -1;
      }
      int n = (int) Math.min(length, remaining);
      for (int i = 0; i < n; i++) {
        buffer[offset + i] = (byte) random.nextInt(256);
      }
      remaining -= n;
      return n;
    }
  }

  /** Delivers some bytes, then fails like a dropped connection. */
  static final class FailingMidway extends InputStream {

    private long remaining;

    FailingMidway(long bytesBeforeFailure) {
      this.remaining = bytesBeforeFailure;
    }

    @Override
    public int read() throws IOException {
      if (remaining == 0) {
        throw new IOException("connection reset by test");
      }
      remaining--;
      return 'x';
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      if (remaining == 0) {
        throw new IOException("connection reset by test");
      }
      int n = (int) Math.min(length, remaining);
      Arrays.fill(buffer, offset, offset + n, (byte) 'x');
      remaining -= n;
      return n;
    }
  }
}
