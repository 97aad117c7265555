package io.modelplane.runner.support;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/** Request bodies in the binary tensor data extension: a JSON header, then raw tensor bytes. */
public final class BinaryRequests {

  private BinaryRequests() {}

  /** A body and the value of its Inference-Header-Content-Length header. */
  public record Body(byte[] bytes, int headerLength) {}

  /** One FP32 input [rows, features] whose data follows the header as little-endian floats. */
  public static Body fp32(String input, int rows, int features, float[] values) {
    ByteBuffer data =
        ByteBuffer.allocate(values.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
    for (float value : values) {
      data.putFloat(value);
    }
    String header =
        """
        {"id":"bin","inputs":[{"name":"%s","shape":[%d,%d],"datatype":"FP32",\
        "parameters":{"binary_data_size":%d}}]}"""
            .formatted(input, rows, features, data.capacity());
    return body(header, data.array());
  }

  public static Body body(String header, byte[] data) {
    byte[] json = header.getBytes(StandardCharsets.UTF_8);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(json);
    out.writeBytes(data);
    return new Body(out.toByteArray(), json.length);
  }
}
