package io.modelplane.monitoring.table;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The baseline's columns in header order: what window input is read against (kinds are forced, and
 * inference tensors are mapped onto these columns).
 */
public record TableSchema(List<Field> fields) {

  /** One column; {@code dimension} is the vector length for embeddings and 0 otherwise. */
  public record Field(String name, ColumnKind kind, int dimension) {}

  public TableSchema {
    fields = List.copyOf(fields);
  }

  public Optional<Field> field(String name) {
    return fields.stream().filter(f -> f.name().equals(name)).findFirst();
  }

  public Map<String, ColumnKind> kinds() {
    Map<String, ColumnKind> kinds = new LinkedHashMap<>();
    fields.forEach(f -> kinds.put(f.name(), f.kind()));
    return kinds;
  }
}
