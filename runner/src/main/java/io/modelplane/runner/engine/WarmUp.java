package io.modelplane.runner.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * Runs one inference on zeros shaped like the signature's inputs (variable dimensions as 1).
 * Besides paying the engines' first-call costs before readiness, it reveals the outputs' names and
 * shapes, which tensor-in/tensor-out engines do not declare up front.
 */
public final class WarmUp {

  private WarmUp() {}

  public static ModelSignature run(InferenceModel model) throws InferenceFailure {
    ModelSignature declared = model.signature();
    List<Tensor> inputs = new ArrayList<>();
    for (TensorSpec spec : declared.inputs()) {
      long[] shape = spec.shape().stream().mapToLong(d -> d < 0 ? 1 : d).toArray();
      inputs.add(zeros(spec, shape));
    }
    try (InferenceModel.Runner runner = model.newRunner()) {
      List<Tensor> outputs = runner.run(inputs);
      List<TensorSpec> specs = new ArrayList<>();
      for (Tensor output : outputs) {
        List<Long> shape = new ArrayList<>();
        for (int i = 0; i < output.shape().length; i++) {
          shape.add(i == 0 ? -1L : output.shape()[i]);
        }
        specs.add(new TensorSpec(output.name(), output.datatype(), shape));
      }
      return new ModelSignature(declared.platform(), declared.inputs(), specs);
    }
  }

  private static Tensor zeros(TensorSpec spec, long[] shape) {
    int count = Math.toIntExact(Tensor.elementCount(shape));
    Object data =
        switch (spec.datatype()) {
          case FP32 -> new float[count];
          case FP64 -> new double[count];
          case INT32 -> new int[count];
          case INT64 -> new long[count];
          case BOOL -> new boolean[count];
          case BYTES -> new String[count];
        };
    return new Tensor(spec.name(), spec.datatype(), shape, data);
  }
}
