package io.modelplane.audit.chain;

import java.util.Arrays;

/** A growable UTF-8 byte buffer that is reused row after row, so encoding allocates nothing. */
public final class Utf8Bytes {

  private byte[] bytes = new byte[512];
  private int length;

  public void clear() {
    length = 0;
  }

  public byte[] array() {
    return bytes;
  }

  public int length() {
    return length;
  }

  public byte[] toByteArray() {
    return Arrays.copyOf(bytes, length);
  }

  /** Appends the bytes {@code other} holds. */
  public Utf8Bytes append(Utf8Bytes other) {
    ensure(other.length);
    System.arraycopy(other.bytes, 0, bytes, length, other.length);
    length += other.length;
    return this;
  }

  public Utf8Bytes ascii(char c) {
    ensure(1);
    bytes[length++] = (byte) c;
    return this;
  }

  public Utf8Bytes ascii(String s) {
    ensure(s.length());
    for (int i = 0; i < s.length(); i++) {
      bytes[length++] = (byte) s.charAt(i);
    }
    return this;
  }

  /** Appends the decimal digits of {@code n} without creating a string. */
  public Utf8Bytes number(long n) {
    if (n < 0) {
      if (n == Long.MIN_VALUE) {
        return ascii(Long.toString(n));
      }
      ascii('-');
      n = -n;
    }
    int digits = 1;
    for (long p = 10; digits < 19 && p <= n; p *= 10) {
      digits++;
    }
    return digits(n, digits);
  }

  /** Appends {@code n} as exactly {@code width} digits, zero-padded (n must fit). */
  public Utf8Bytes digits(long n, int width) {
    ensure(width);
    for (int i = length + width - 1; i >= length; i--) {
      bytes[i] = (byte) ('0' + n % 10);
      n /= 10;
    }
    length += width;
    return this;
  }

  /** Makes room for {@code more} bytes; callers then write with {@link #put}. */
  void reserve(int more) {
    ensure(more);
  }

  /** Writes one byte into reserved room. */
  void put(byte b) {
    bytes[length++] = b;
  }

  /** Appends one code point in UTF-8. */
  public Utf8Bytes codePoint(int cp) {
    ensure(4);
    if (cp < 0x80) {
      bytes[length++] = (byte) cp;
    } else if (cp < 0x800) {
      bytes[length++] = (byte) (0xC0 | (cp >> 6));
      bytes[length++] = (byte) (0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
      bytes[length++] = (byte) (0xE0 | (cp >> 12));
      bytes[length++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
      bytes[length++] = (byte) (0x80 | (cp & 0x3F));
    } else {
      bytes[length++] = (byte) (0xF0 | (cp >> 18));
      bytes[length++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
      bytes[length++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
      bytes[length++] = (byte) (0x80 | (cp & 0x3F));
    }
    return this;
  }

  private void ensure(int more) {
    if (length + more > bytes.length) {
      bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
    }
  }
}
