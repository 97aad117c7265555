package io.modelplane.runner.protocol;

import io.modelplane.runner.engine.DataType;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Raw little-endian tensor bytes into the primitive array of a datatype. BOOL is one byte per
 * element; BYTES elements are each a 4-byte little-endian length followed by that many bytes.
 */
final class BinaryElements {

  private BinaryElements() {}

  static Object parse(String name, DataType datatype, ByteBuffer bytes, int count) {
    return switch (datatype) {
      case FP32 -> {
        float[] data = new float[fixed(name, datatype, bytes, count, Float.BYTES)];
        bytes.asFloatBuffer().get(data);
        yield data;
      }
      case FP64 -> {
        double[] data = new double[fixed(name, datatype, bytes, count, Double.BYTES)];
        bytes.asDoubleBuffer().get(data);
        yield data;
      }
      case INT32 -> {
        int[] data = new int[fixed(name, datatype, bytes, count, Integer.BYTES)];
        bytes.asIntBuffer().get(data);
        yield data;
      }
      case INT64 -> {
        long[] data = new long[fixed(name, datatype, bytes, count, Long.BYTES)];
        bytes.asLongBuffer().get(data);
        yield data;
      }
      case BOOL -> booleans(name, bytes, fixed(name, datatype, bytes, count, 1));
      case BYTES -> strings(name, bytes, count);
    };
  }

  private static int fixed(String name, DataType datatype, ByteBuffer bytes, int count, int width) {
    long wanted = (long) count * width;
    if (bytes.remaining() != wanted) {
      throw ProtocolException.badRequest(
          "input '"
              + name
              + "' has "
              + bytes.remaining()
              + " bytes of binary data but "
              + count
              + " "
              + datatype
              + " elements need "
              + wanted);
    }
    return count;
  }

  private static boolean[] booleans(String name, ByteBuffer bytes, int count) {
    boolean[] data = new boolean[count];
    for (int i = 0; i < count; i++) {
      byte value = bytes.get(i);
      if (value != 0 && value != 1) {
        throw ProtocolException.badRequest(
            "input '" + name + "' is BOOL but element " + i + " is the byte " + value);
      }
      data[i] = value == 1;
    }
    return data;
  }

  private static String[] strings(String name, ByteBuffer bytes, int count) {
    String[] data = new String[count];
    ByteBuffer rest = bytes.duplicate().order(bytes.order());
    for (int i = 0; i < count; i++) {
      if (rest.remaining() < Integer.BYTES) {
        throw truncated(name, i);
      }
      int length = rest.getInt();
      if (length < 0 || length > rest.remaining()) {
        throw truncated(name, i);
      }
      ByteBuffer element = rest.slice(rest.position(), length);
      rest.position(rest.position() + length);
      try {
        data[i] =
            StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .decode(element)
                .toString();
      } catch (CharacterCodingException e) {
        throw ProtocolException.badRequest(
            "input '" + name + "' element " + i + " is not UTF-8 text");
      }
    }
    if (rest.hasRemaining()) {
      throw ProtocolException.badRequest(
          "input '"
              + name
              + "' has "
              + rest.remaining()
              + " bytes after its "
              + count
              + " elements");
    }
    return data;
  }

  private static ProtocolException truncated(String name, int element) {
    return ProtocolException.badRequest(
        "input '" + name + "': binary BYTES element " + element + " is cut short");
  }
}
