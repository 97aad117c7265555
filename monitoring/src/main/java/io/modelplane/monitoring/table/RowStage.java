package io.modelplane.monitoring.table;

import java.util.Arrays;

/**
 * The values of one JSON line, held until the whole line parsed so a broken line adds nothing.
 * Reused from line to line: no per-row map or boxed numbers.
 */
final class RowStage {

  enum Type {
    NUMBER,
    STRING,
    VECTOR,
    UNSUPPORTED,
    MISSING
  }

  private String[] names = new String[16];
  private Type[] types = new Type[16];
  private double[] numbers = new double[16];
  private String[] strings = new String[16];
  private double[][] vectors = new double[16][];
  private int[] vectorLengths = new int[16];
  private int size;

  void clear() {
    size = 0;
  }

  void number(String name, double v) {
    int i = slot(name, Type.NUMBER);
    numbers[i] = v;
  }

  void string(String name, String v) {
    int i = slot(name, Type.STRING);
    strings[i] = v;
  }

  void missing(String name) {
    slot(name, Type.MISSING);
  }

  void unsupported(String name) {
    slot(name, Type.UNSUPPORTED);
  }

  /** A vector buffer of at least {@code capacity} for the field being staged. */
  double[] vector(String name, int capacity) {
    int i = slot(name, Type.VECTOR);
    if (vectors[i] == null || vectors[i].length < capacity) {
      vectors[i] = new double[Math.max(capacity, 8)];
    }
    vectorLengths[i] = 0;
    return vectors[i];
  }

  /** Records the vector's length once filled; returns the buffer to keep filling when it grew. */
  double[] grow(double[] v) {
    int i = size - 1;
    vectors[i] = Arrays.copyOf(v, v.length * 2);
    return vectors[i];
  }

  /** Drops the field staged last (a vector that turned out not to be numeric). */
  void clearLast() {
    size--;
  }

  void vectorLength(int length) {
    vectorLengths[size - 1] = length;
  }

  void commit(TableBuilder table) {
    for (int i = 0; i < size; i++) {
      ColumnBuilder column = table.column(names[i]);
      switch (types[i]) {
        case NUMBER -> column.addNumber(numbers[i]);
        case STRING -> column.addString(strings[i]);
        case VECTOR -> column.addEmbedding(vectors[i], vectorLengths[i]);
        case UNSUPPORTED -> column.addUnsupported();
        case MISSING -> {}
      }
    }
  }

  private int slot(String name, Type type) {
    if (size == names.length) {
      int n = size * 2;
      names = Arrays.copyOf(names, n);
      types = Arrays.copyOf(types, n);
      numbers = Arrays.copyOf(numbers, n);
      strings = Arrays.copyOf(strings, n);
      vectors = Arrays.copyOf(vectors, n);
      vectorLengths = Arrays.copyOf(vectorLengths, n);
    }
    names[size] = name;
    types[size] = type;
    return size++;
  }
}
