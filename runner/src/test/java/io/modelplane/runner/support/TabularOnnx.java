package io.modelplane.runner.support;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A tabular ONNX classifier written field by field (onnx.proto numbers): {@code y = Sigmoid(x · W +
 * b)} with x FP32 [N, 4] and y FP32 [N, 2], IR version 8, opset 13. The weights are fixed, so tests
 * compute the same formula in Java and compare.
 */
public final class TabularOnnx {

  public static final String INPUT = "x";
  public static final String OUTPUT = "y";
  public static final int FEATURES = 4;
  public static final int CLASSES = 2;

  /** Row-major [FEATURES, CLASSES]. */
  public static final float[] WEIGHTS = {0.5f, -1.25f, 2f, 0.75f, -0.3f, 1.5f, 1f, -0.5f};

  public static final float[] BIAS = {0.1f, -0.2f};

  private static final int FLOAT = 1;

  private TabularOnnx() {}

  public static Path write(Path file) throws IOException {
    return Files.write(file, model());
  }

  /** What the model computes, in double precision. */
  public static double[] expected(float[] rows) {
    int n = rows.length / FEATURES;
    double[] out = new double[n * CLASSES];
    for (int r = 0; r < n; r++) {
      for (int c = 0; c < CLASSES; c++) {
        double sum = BIAS[c];
        for (int f = 0; f < FEATURES; f++) {
          sum += (double) rows[r * FEATURES + f] * WEIGHTS[f * CLASSES + c];
        }
        out[r * CLASSES + c] = 1 / (1 + Math.exp(-sum));
      }
    }
    return out;
  }

  static byte[] model() {
    ProtoWriter graph =
        new ProtoWriter()
            .message(1, node("matmul", "MatMul", "xw", INPUT, "W"))
            .message(1, node("add", "Add", "logits", "xw", "b"))
            .message(1, node("sigmoid", "Sigmoid", OUTPUT, "logits"))
            .string(2, "tabular")
            .message(5, initializer("W", WEIGHTS, FEATURES, CLASSES))
            .message(5, initializer("b", BIAS, CLASSES))
            .message(11, valueInfo(INPUT, FEATURES))
            .message(12, valueInfo(OUTPUT, CLASSES));
    return new ProtoWriter()
        .varint(1, 8)
        .string(2, "modelplane-tests")
        .message(7, graph)
        .message(8, new ProtoWriter().string(1, "").varint(2, 13))
        .toByteArray();
  }

  private static ProtoWriter node(String name, String op, String output, String... inputs) {
    ProtoWriter node = new ProtoWriter();
    for (String input : inputs) {
      node.string(1, input);
    }
    return node.string(2, output).string(3, name).string(4, op);
  }

  private static ProtoWriter initializer(String name, float[] values, long... dims) {
    ByteBuffer raw =
        ByteBuffer.allocate(values.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
    for (float value : values) {
      raw.putFloat(value);
    }
    ProtoWriter tensor = new ProtoWriter();
    for (long dim : dims) {
      tensor.varint(1, dim);
    }
    return tensor.varint(2, FLOAT).string(8, name).bytes(9, raw.array());
  }

  /** A [N, width] FP32 graph input or output, N symbolic. */
  private static ProtoWriter valueInfo(String name, int width) {
    ProtoWriter shape =
        new ProtoWriter()
            .message(1, new ProtoWriter().string(2, "N"))
            .message(1, new ProtoWriter().varint(1, width));
    ProtoWriter tensorType = new ProtoWriter().varint(1, FLOAT).message(2, shape);
    return new ProtoWriter().string(1, name).message(2, new ProtoWriter().message(1, tensorType));
  }
}
