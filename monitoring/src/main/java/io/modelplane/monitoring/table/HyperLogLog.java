package io.modelplane.monitoring.table;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A HyperLogLog distinct counter with 2^12 registers (standard error 1.6%), mergeable by register
 * maximum. Written here because DataSketches 7's CPC/HLL sketches serialise through
 * datasketches-memory 4, which does not run on JDK 25.
 */
public final class HyperLogLog {

  static final int P = 12;
  static final int M = 1 << P;

  private final byte[] registers;

  public HyperLogLog() {
    this(new byte[M]);
  }

  private HyperLogLog(byte[] registers) {
    this.registers = registers;
  }

  public void update(String value) {
    long h = hash(value);
    int index = (int) (h >>> (64 - P));
    int rank = Long.numberOfLeadingZeros((h << P) | (1L << (P - 1))) + 1;
    if (rank > registers[index]) {
      registers[index] = (byte) rank;
    }
  }

  public double estimate() {
    double sum = 0;
    int zeros = 0;
    for (byte r : registers) {
      sum += 1.0 / (1L << r);
      if (r == 0) {
        zeros++;
      }
    }
    double alpha = 0.7213 / (1 + 1.079 / M);
    double raw = alpha * M * M / sum;
    if (raw <= 2.5 * M && zeros > 0) {
      return M * Math.log((double) M / zeros);
    }
    return raw;
  }

  public HyperLogLog merge(HyperLogLog other) {
    byte[] r = registers.clone();
    for (int i = 0; i < M; i++) {
      r[i] = (byte) Math.max(r[i], other.registers[i]);
    }
    return new HyperLogLog(r);
  }

  /** Sparse (index, value) pairs while few registers are set, else all registers. */
  public byte[] toBytes() {
    int set = 0;
    for (byte r : registers) {
      if (r != 0) {
        set++;
      }
    }
    if (set * 3 < M) {
      byte[] out = new byte[1 + set * 3];
      out[0] = 1;
      int c = 1;
      for (int i = 0; i < M; i++) {
        if (registers[i] != 0) {
          out[c++] = (byte) (i >>> 8);
          out[c++] = (byte) i;
          out[c++] = registers[i];
        }
      }
      return out;
    }
    byte[] out = new byte[1 + M];
    System.arraycopy(registers, 0, out, 1, M);
    return out;
  }

  public static HyperLogLog fromBytes(byte[] bytes) {
    byte[] r = new byte[M];
    if (bytes.length == 1 + M && bytes[0] == 0) {
      System.arraycopy(bytes, 1, r, 0, M);
    } else if (bytes.length >= 1 && bytes[0] == 1 && (bytes.length - 1) % 3 == 0) {
      for (int c = 1; c < bytes.length; c += 3) {
        int index = ((bytes[c] & 0xFF) << 8) | (bytes[c + 1] & 0xFF);
        if (index >= M) {
          throw new IllegalArgumentException("corrupt distinct counter");
        }
        r[index] = bytes[c + 2];
      }
    } else {
      throw new IllegalArgumentException("corrupt distinct counter");
    }
    return new HyperLogLog(r);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof HyperLogLog h && Arrays.equals(h.registers, registers);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(registers);
  }

  /** 64-bit FNV-1a over the UTF-8 bytes, finished with the SplitMix64 mixer for avalanche. */
  static long hash(String value) {
    long h = 0xcbf29ce484222325L;
    for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
      h ^= b & 0xFF;
      h *= 0x100000001b3L;
    }
    h ^= h >>> 30;
    h *= 0xbf58476d1ce4e5b9L;
    h ^= h >>> 27;
    h *= 0x94d049bb133111ebL;
    return h ^ (h >>> 31);
  }
}
