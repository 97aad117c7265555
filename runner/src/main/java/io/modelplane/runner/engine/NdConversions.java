package io.modelplane.runner.engine;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;

/** Moves tensors in and out of DJL's NDArrays. */
public final class NdConversions {

  private NdConversions() {}

  public static NDArray toNd(NDManager manager, Tensor tensor) {
    Shape shape = new Shape(tensor.shape());
    NDArray array =
        switch (tensor.datatype()) {
          case FP32 -> manager.create((float[]) tensor.data(), shape);
          case FP64 -> manager.create((double[]) tensor.data(), shape);
          case INT32 -> manager.create((int[]) tensor.data(), shape);
          case INT64 -> manager.create((long[]) tensor.data(), shape);
          case BOOL -> manager.create((boolean[]) tensor.data(), shape);
          case BYTES ->
              throw new IllegalArgumentException(
                  "tensor " + tensor.name() + ": BYTES inputs need a tokenizer in the artifact");
        };
    array.setName(tensor.name());
    return array;
  }

  public static Tensor fromNd(String name, NDArray array) {
    long[] shape = array.getShape().getShape();
    return switch (array.getDataType()) {
      case FLOAT32 -> new Tensor(name, DataType.FP32, shape, array.toFloatArray());
      case FLOAT64 -> new Tensor(name, DataType.FP64, shape, array.toDoubleArray());
      case INT32 -> new Tensor(name, DataType.INT32, shape, array.toIntArray());
      case INT64 -> new Tensor(name, DataType.INT64, shape, array.toLongArray());
      case BOOLEAN -> new Tensor(name, DataType.BOOL, shape, array.toBooleanArray());
      default ->
          new Tensor(
              name,
              DataType.FP32,
              shape,
              array.toType(ai.djl.ndarray.types.DataType.FLOAT32, false).toFloatArray());
    };
  }
}
