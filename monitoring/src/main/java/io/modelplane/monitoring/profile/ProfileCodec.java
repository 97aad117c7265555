package io.modelplane.monitoring.profile;

import io.modelplane.monitoring.table.ColumnKind;
import io.modelplane.monitoring.table.HyperLogLog;
import io.modelplane.monitoring.table.Problem;
import io.modelplane.monitoring.table.ProblemCode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.function.Supplier;

/**
 * A compact, versioned binary form of profiles (for a {@code bytea} column): a header, the
 * problems, then each column with the sketches in their own DataSketches serial formats.
 */
public final class ProfileCodec {

  private static final int MAGIC = 0x4D504450; // "MPDP"
  // 2: embedding reservoirs projected and in half precision, means as floats
  // 3: numeric columns carry KS grid counts (version 2 profiles are read without them)
  private static final int VERSION = 3;
  private static final int NO_GRID_VERSION = 2;

  private ProfileCodec() {}

  public static byte[] write(DatasetProfile profile) {
    return bytes(
        out -> {
          out.writeInt(MAGIC);
          out.writeInt(VERSION);
          out.writeLong(profile.rows());
          out.writeInt(profile.problems().size());
          for (Problem p : profile.problems()) {
            out.writeBoolean(p.column() != null);
            if (p.column() != null) {
              out.writeUTF(p.column());
            }
            out.writeUTF(p.code().name());
            out.writeLong(p.count());
            out.writeUTF(p.message());
          }
          out.writeInt(profile.columns().size());
          for (ColumnProfile c : profile.columns()) {
            writeColumn(c, out);
          }
        });
  }

  /** The serialised size of one column: what persisting it costs. */
  public static int columnBytes(ColumnProfile column) {
    return bytes(out -> writeColumn(column, out)).length;
  }

  public static DatasetProfile read(byte[] bytes) {
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
      int version = in.readInt() == MAGIC ? in.readInt() : -1;
      if (version != VERSION && version != NO_GRID_VERSION) {
        throw new IllegalArgumentException("not a profile of a known version");
      }
      long rows = in.readLong();
      List<Problem> problems = new ArrayList<>();
      for (int i = in.readInt(); i > 0; i--) {
        String column = in.readBoolean() ? in.readUTF() : null;
        problems.add(
            new Problem(column, ProblemCode.valueOf(in.readUTF()), in.readLong(), in.readUTF()));
      }
      List<ColumnProfile> columns = new ArrayList<>();
      for (int i = in.readInt(); i > 0; i--) {
        columns.add(readColumn(in, new Source(bytes, version)));
      }
      return new DatasetProfile(rows, columns, problems);
    } catch (IOException | RuntimeException e) {
      throw new IllegalArgumentException("profile bytes are corrupt: " + e.getMessage(), e);
    }
  }

  private static void writeColumn(ColumnProfile c, DataOutputStream out) throws IOException {
    out.writeByte(c.kind().ordinal());
    out.writeUTF(c.name());
    switch (c) {
      case NumericProfile n -> writeNumeric(n, out);
      case CategoricalProfile cat -> writeCategorical(cat, out);
      case EmbeddingProfile e -> writeEmbedding(e, out);
    }
  }

  /** The whole encoded profile (sketches are decoded from it when first used) and its version. */
  private record Source(byte[] bytes, int version) {}

  private static ColumnProfile readColumn(DataInputStream in, Source source) throws IOException {
    ColumnKind kind = ColumnKind.values()[in.readByte()];
    String name = in.readUTF();
    return switch (kind) {
      case NUMERIC, TEXT -> readNumeric(name, kind, in, source);
      case CATEGORICAL -> readCategorical(name, in);
      case EMBEDDING -> readEmbedding(name, in);
    };
  }

  private static void writeNumeric(NumericProfile n, DataOutputStream out) throws IOException {
    out.writeInt(n.exactLimit());
    writeDoubles(n.edges(), n.edges().length, out);
    for (long b : n.bins) {
      out.writeLong(b);
    }
    Moments m = n.moments;
    out.writeLong(m.count);
    out.writeDouble(m.min);
    out.writeDouble(m.max);
    out.writeDouble(m.mean);
    out.writeDouble(m.m2);
    out.writeBoolean(n.exact != null);
    if (n.exact != null) {
      writeDoubles(n.exact, n.exactSize, out);
    }
    writeDoubles(n.distinct, n.distinctSize, out);
    out.writeBoolean(n.grid != null);
    if (n.grid != null) {
      writeDoubles(n.grid.edges(), n.grid.edges().length, out);
      writeCounts(n.grid.counts, out);
    }
    writeKll(n.sketch(), out);
  }

  private static NumericProfile readNumeric(
      String name, ColumnKind kind, DataInputStream in, Source source) throws IOException {
    int exactLimit = in.readInt();
    double[] edges = readDoubles(in);
    long[] bins = new long[edges.length + 1];
    for (int i = 0; i < bins.length; i++) {
      bins[i] = in.readLong();
    }
    Moments m = new Moments();
    m.count = in.readLong();
    m.min = in.readDouble();
    m.max = in.readDouble();
    m.mean = in.readDouble();
    m.m2 = in.readDouble();
    double[] exact = in.readBoolean() ? readDoubles(in) : null;
    double[] distinct = readDoubles(in);
    KsGrid grid = source.version() != NO_GRID_VERSION && in.readBoolean() ? readGrid(in) : null;
    int k = in.readInt();
    Supplier<KllSketch> sketch = skipKll(k, in, source.bytes());
    NumericProfile n =
        new NumericProfile(name, kind, exactLimit, edges, grid, k, List.of(sketch), m);
    System.arraycopy(bins, 0, n.bins, 0, bins.length);
    n.exact = exact;
    n.exactSize = exact == null ? 0 : exact.length;
    System.arraycopy(distinct, 0, n.distinct, 0, distinct.length);
    n.distinctSize = distinct.length;
    return n;
  }

  private static void writeKll(KllSketch k, DataOutputStream out) throws IOException {
    out.writeInt(k.k);
    out.writeLong(k.n);
    out.writeLong(k.coin());
    out.writeInt(k.levels.length);
    for (int h = 0; h < k.levels.length; h++) {
      writeDoubles(k.levels[h], k.sizes[h], out);
    }
  }

  private static KsGrid readGrid(DataInputStream in) throws IOException {
    double[] edges = readDoubles(in);
    return new KsGrid(edges, readCounts(2 * edges.length + 1, in));
  }

  /**
   * Checks the sketch's structure and steps over it; the sketch is decoded from the profile's bytes
   * only when asked for (a drift query over many stored minutes may never need it).
   */
  private static Supplier<KllSketch> skipKll(int k, DataInputStream in, byte[] bytes)
      throws IOException {
    int start = bytes.length - in.available();
    in.readLong();
    in.readLong();
    int levelCount = length(in, in.readInt(), Integer.BYTES);
    for (int h = 0; h < levelCount; h++) {
      in.skipNBytes((long) length(in, in.readInt(), Double.BYTES) * Double.BYTES);
    }
    if (levelCount == 0 || k < 8) {
      throw new IOException("corrupt quantile sketch");
    }
    int end = bytes.length - in.available();
    return () -> {
      try (DataInputStream slice =
          new DataInputStream(new ByteArrayInputStream(bytes, start, end - start))) {
        return readKll(k, slice);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    };
  }

  private static KllSketch readKll(int k, DataInputStream in) throws IOException {
    long n = in.readLong();
    long coin = in.readLong();
    int levelCount = length(in, in.readInt(), Integer.BYTES);
    double[][] levels = new double[levelCount][];
    int[] sizes = new int[levelCount];
    for (int h = 0; h < levelCount; h++) {
      double[] items = readDoubles(in);
      levels[h] = items.length == 0 ? new double[8] : items;
      sizes[h] = items.length;
    }
    if (levelCount == 0 || k < 8) {
      throw new IOException("corrupt quantile sketch");
    }
    return new KllSketch(k, n, levels, sizes, coin);
  }

  private static void writeCategorical(CategoricalProfile c, DataOutputStream out)
      throws IOException {
    FrequentItems f = c.items;
    out.writeInt(f.capacity);
    out.writeLong(f.n);
    out.writeLong(f.maxError);
    out.writeInt(f.counters.size());
    for (var e : f.counts().entrySet()) {
      out.writeUTF(e.getKey());
      out.writeLong(e.getValue());
    }
    writeBytes(c.distinct.toBytes(), out);
  }

  private static CategoricalProfile readCategorical(String name, DataInputStream in)
      throws IOException {
    int capacity = in.readInt();
    long n = in.readLong();
    long maxError = in.readLong();
    int size = length(in, in.readInt(), 10);
    HashMap<String, Long> counters = new HashMap<>();
    for (int i = 0; i < size; i++) {
      counters.put(in.readUTF(), in.readLong());
    }
    FrequentItems items = new FrequentItems(capacity, n, maxError, counters);
    return new CategoricalProfile(name, items, HyperLogLog.fromBytes(readBytes(in)));
  }

  private static void writeEmbedding(EmbeddingProfile e, DataOutputStream out) throws IOException {
    out.writeInt(e.dimension());
    out.writeInt(e.sampleDimension());
    out.writeInt(e.capacity());
    out.writeLong(e.seed());
    out.writeLong(e.count);
    // the mean in single precision: half the bytes of the sums, and far finer than drift needs
    ByteBuffer mean = ByteBuffer.allocate(e.dimension() * Float.BYTES);
    for (int i = 0; i < e.dimension(); i++) {
      mean.putFloat(e.count == 0 ? 0f : (float) (e.sum[i] / e.count));
    }
    out.write(mean.array());
    out.writeInt(e.filled);
    ByteBuffer rows = ByteBuffer.allocate(e.filled * e.sampleDimension() * Short.BYTES);
    rows.asShortBuffer().put(e.reservoir, 0, e.filled * e.sampleDimension());
    out.write(rows.array());
  }

  private static EmbeddingProfile readEmbedding(String name, DataInputStream in)
      throws IOException {
    int dimension = length(in, in.readInt(), Float.BYTES);
    int width = in.readInt();
    int capacity = in.readInt();
    if (width < 1 || width > dimension || capacity < 1) {
      throw new IOException("corrupt embedding profile");
    }
    EmbeddingProfile e = new EmbeddingProfile(name, dimension, capacity, width, in.readLong());
    e.count = in.readLong();
    byte[] mean = new byte[dimension * Float.BYTES];
    in.readFully(mean);
    ByteBuffer means = ByteBuffer.wrap(mean);
    for (int i = 0; i < dimension; i++) {
      e.sum[i] = (double) means.getFloat() * e.count;
    }
    e.filled = in.readInt();
    if (e.filled < 0 || e.filled > capacity) {
      throw new IOException("corrupt embedding reservoir");
    }
    e.reservoir = new short[length(in, e.filled * width, Short.BYTES)];
    byte[] rows = new byte[e.reservoir.length * Short.BYTES];
    in.readFully(rows);
    ByteBuffer.wrap(rows).asShortBuffer().get(e.reservoir);
    return e;
  }

  /** Bulk, not one {@code writeDouble} per value: profiles hold thousands of doubles. */
  private static void writeDoubles(double[] values, int size, DataOutputStream out)
      throws IOException {
    out.writeInt(size);
    ByteBuffer buffer = ByteBuffer.allocate(size * Double.BYTES);
    buffer.asDoubleBuffer().put(values, 0, size);
    out.write(buffer.array());
  }

  private static double[] readDoubles(DataInputStream in) throws IOException {
    double[] values = new double[length(in, in.readInt(), Double.BYTES)];
    byte[] bytes = new byte[values.length * Double.BYTES];
    in.readFully(bytes);
    ByteBuffer.wrap(bytes).asDoubleBuffer().get(values);
    return values;
  }

  /**
   * Counts as one block of unsigned LEB128 varints: a window's grid counts are mostly small, one or
   * two bytes each instead of eight, and decoded from an array rather than byte by byte from the
   * stream.
   */
  private static void writeCounts(long[] counts, DataOutputStream out) throws IOException {
    ByteArrayOutputStream block = new ByteArrayOutputStream(counts.length * 2);
    for (long c : counts) {
      long v = c;
      while ((v & ~0x7FL) != 0) {
        block.write((int) ((v & 0x7F) | 0x80));
        v >>>= 7;
      }
      block.write((int) v);
    }
    writeBytes(block.toByteArray(), out);
  }

  private static long[] readCounts(int count, DataInputStream in) throws IOException {
    byte[] block = readBytes(in);
    long[] counts = new long[count];
    int at = 0;
    for (int i = 0; i < count; i++) {
      long value = 0;
      for (int shift = 0; ; shift += 7) {
        if (at == block.length || shift > 63) {
          throw new IOException("corrupt counts");
        }
        int b = block[at++];
        value |= (long) (b & 0x7F) << shift;
        if ((b & 0x80) == 0) {
          break;
        }
      }
      counts[i] = value;
    }
    if (at != block.length) {
      throw new IOException("corrupt counts");
    }
    return counts;
  }

  private static void writeBytes(byte[] bytes, DataOutputStream out) throws IOException {
    out.writeInt(bytes.length);
    out.write(bytes);
  }

  private static byte[] readBytes(DataInputStream in) throws IOException {
    byte[] bytes = new byte[length(in, in.readInt(), 1)];
    in.readFully(bytes);
    return bytes;
  }

  /** Refuses lengths the remaining input cannot hold, so corrupt bytes never allocate gigabytes. */
  private static int length(DataInputStream in, int length, int width) throws IOException {
    if (length < 0 || (long) length * width > in.available()) {
      throw new IOException("length " + length + " exceeds the input");
    }
    return length;
  }

  private interface Writer {
    void write(DataOutputStream out) throws IOException;
  }

  private static byte[] bytes(Writer writer) {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(buffer)) {
      writer.write(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return buffer.toByteArray();
  }
}
