package io.modelplane.runner.engine;

import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.List;

/** Concatenation and splitting along the batch (first) dimension. */
public final class Tensors {

  private Tensors() {}

  /** Concatenates tensors of the same name and datatype whose non-batch dimensions agree. */
  public static Tensor concat(List<Tensor> parts) {
    Tensor first = parts.getFirst();
    if (parts.size() == 1) {
      return first;
    }
    long rows = 0;
    int length = 0;
    for (Tensor part : parts) {
      rows += part.rows();
      length += Array.getLength(part.data());
    }
    Object data = Array.newInstance(first.data().getClass().getComponentType(), length);
    int offset = 0;
    for (Tensor part : parts) {
      int partLength = Array.getLength(part.data());
      System.arraycopy(part.data(), 0, data, offset, partLength);
      offset += partLength;
    }
    long[] shape = first.shape();
    shape[0] = rows;
    return new Tensor(first.name(), first.datatype(), shape, data);
  }

  /** Splits a tensor back into consecutive row ranges of the given sizes. */
  public static List<Tensor> split(Tensor tensor, List<Long> rowCounts) {
    if (rowCounts.size() == 1) {
      return List.of(tensor);
    }
    long rowLength = tensor.rows() == 0 ? 0 : Array.getLength(tensor.data()) / tensor.rows();
    List<Tensor> parts = new ArrayList<>(rowCounts.size());
    int offset = 0;
    for (long rows : rowCounts) {
      int length = Math.toIntExact(rows * rowLength);
      Object data = Array.newInstance(tensor.data().getClass().getComponentType(), length);
      System.arraycopy(tensor.data(), offset, data, 0, length);
      offset += length;
      long[] shape = tensor.shape();
      shape[0] = rows;
      parts.add(new Tensor(tensor.name(), tensor.datatype(), shape, data));
    }
    return parts;
  }
}
