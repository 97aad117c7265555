package io.modelplane.runner.engine;

import java.lang.reflect.Array;

/**
 * A tensor in row-major order. {@code data} is a primitive array matching the datatype (float[] for
 * FP32, double[] for FP64, int[] for INT32, long[] for INT64, boolean[] for BOOL) or a String[] for
 * BYTES, so that batching can concatenate and split requests without boxing.
 */
public record Tensor(String name, DataType datatype, long[] shape, Object data) {

  public Tensor {
    shape = shape.clone();
    if (Array.getLength(data) != elementCount(shape)) {
      throw new IllegalArgumentException(
          "tensor " + name + " holds " + Array.getLength(data) + " elements, shape needs more");
    }
  }

  public long rows() {
    return shape.length == 0 ? 1 : shape[0];
  }

  public static long elementCount(long[] shape) {
    long count = 1;
    for (long dimension : shape) {
      count = Math.multiplyExact(count, dimension);
    }
    return count;
  }
}
