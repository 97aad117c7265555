package io.modelplane.monitoring.table;

import java.util.Arrays;

/** A growable array of primitive floats: a million values cost float storage, not boxed objects. */
final class FloatList {

  private float[] values = new float[16];
  private int size;

  void add(float value) {
    if (size == values.length) {
      values = Arrays.copyOf(values, values.length * 2);
    }
    values[size++] = value;
  }

  float get(int index) {
    return values[index];
  }

  int size() {
    return size;
  }

  float[] toArray() {
    return Arrays.copyOf(values, size);
  }
}
