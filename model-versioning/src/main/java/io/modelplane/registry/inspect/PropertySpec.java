package io.modelplane.registry.inspect;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A tensor described in {@code serving.properties} as {@code <prefix>.name}, {@code
 * <prefix>.datatype} (default FP32, as the runner feeds PyTorch) and {@code <prefix>.shape}
 * (comma-separated, -1 for a dynamic dimension).
 */
final class PropertySpec {

  static final Set<String> OIP_DATATYPES =
      Set.of(
          "BOOL", "UINT8", "UINT16", "UINT32", "UINT64", "INT8", "INT16", "INT32", "INT64", "FP16",
          "FP32", "FP64", "BYTES");

  private PropertySpec() {}

  /** Empty when nothing describes the tensor; an error when it is described only in part. */
  static Optional<TensorSpec> read(
      Properties p, String prefix, String defaultName, Optional<String> fallbackShape)
      throws InvalidArtifactException {
    String nameKey = prefix + ".name";
    String datatypeKey = prefix + ".datatype";
    String shapeKey = prefix + ".shape";
    Optional<String> shape = value(p, shapeKey).or(() -> fallbackShape);
    if (shape.isEmpty()) {
      if (Stream.of(nameKey, datatypeKey).anyMatch(k -> value(p, k).isPresent())) {
        throw new InvalidArtifactException(
            "serving.properties describes " + prefix + " without " + shapeKey + ", e.g. -1,4");
      }
      return Optional.empty();
    }
    String datatype = value(p, datatypeKey).orElse("FP32");
    if (!OIP_DATATYPES.contains(datatype)) {
      throw new InvalidArtifactException(
          datatypeKey
              + "="
              + datatype
              + " in serving.properties is not an OIP datatype; use one of "
              + OIP_DATATYPES.stream().sorted().toList());
    }
    return Optional.of(
        new TensorSpec(
            value(p, nameKey).orElse(defaultName), datatype, dims(shapeKey, shape.get())));
  }

  private static List<Long> dims(String key, String text) throws InvalidArtifactException {
    List<Long> dims = new ArrayList<>();
    try {
      for (String d : text.replaceAll("[\\[\\]()\\s]", "").split(",")) {
        long dim = Long.parseLong(d);
        if (dim < -1 || dim == 0) {
          throw new NumberFormatException();
        }
        dims.add(dim);
      }
    } catch (NumberFormatException e) {
      throw new InvalidArtifactException(
          key
              + "="
              + text
              + " in serving.properties is not a shape: give comma-separated sizes,"
              + " -1 for dynamic, e.g. -1,3,224,224");
    }
    return dims;
  }

  private static Optional<String> value(Properties p, String key) {
    return Optional.ofNullable(p.getProperty(key)).map(String::strip).filter(v -> !v.isEmpty());
  }
}
