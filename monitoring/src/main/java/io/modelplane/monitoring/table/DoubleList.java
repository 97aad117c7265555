package io.modelplane.monitoring.table;

import java.util.Arrays;

/**
 * A growable array of primitive doubles: a million values cost double storage, not boxed objects.
 */
final class DoubleList {

  private double[] values = new double[16];
  private int size;

  void add(double value) {
    if (size == values.length) {
      values = Arrays.copyOf(values, values.length * 2);
    }
    values[size++] = value;
  }

  double get(int index) {
    return values[index];
  }

  int size() {
    return size;
  }

  double[] toArray() {
    return Arrays.copyOf(values, size);
  }
}
