package io.modelplane.monitoring.profile;

import io.modelplane.monitoring.table.ColumnKind;
import io.modelplane.monitoring.table.Problem;
import io.modelplane.monitoring.table.ProblemLog;
import io.modelplane.monitoring.table.TableSchema;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The profiles of a table's columns (header order), its row count and the input problems met while
 * reading it. Baselines are built once by {@link Profiler#baseline}; windows by {@link
 * Profiler#window} and merged chunk by chunk with {@link #merge}. Persist with {@link #toBytes()}.
 */
public final class DatasetProfile {

  private final long rows;
  private final Map<String, ColumnProfile> columns;
  private final List<Problem> problems;

  public DatasetProfile(long rows, List<ColumnProfile> columns, List<Problem> problems) {
    this.rows = rows;
    Map<String, ColumnProfile> byName = new LinkedHashMap<>();
    columns.forEach(c -> byName.put(c.name(), c));
    this.columns = Collections.unmodifiableMap(byName);
    this.problems = List.copyOf(problems);
  }

  public long rows() {
    return rows;
  }

  public List<ColumnProfile> columns() {
    return List.copyOf(columns.values());
  }

  public Optional<ColumnProfile> column(String name) {
    return Optional.ofNullable(columns.get(name));
  }

  public List<Problem> problems() {
    return problems;
  }

  /** The columns as a schema for reading window input (kinds forced, tensors mapped). */
  public TableSchema schema() {
    List<TableSchema.Field> fields = new ArrayList<>();
    for (ColumnProfile c : columns.values()) {
      int dim = c instanceof EmbeddingProfile e ? e.dimension() : 0;
      fields.add(new TableSchema.Field(c.name(), c.kind(), dim));
    }
    return new TableSchema(fields);
  }

  /** Zero-row profiles sharing this profile's bins and settings: the identity of {@link #merge}. */
  public DatasetProfile emptyWindow() {
    return new DatasetProfile(
        0, columns.values().stream().map(ColumnProfile::emptyWindow).toList(), List.of());
  }

  /**
   * Both profiles' rows, problems and columns; a column present in only one is kept as it is.
   * Column profiles must come from the same baseline (same bins and kinds).
   */
  public DatasetProfile merge(DatasetProfile other) {
    Map<String, ColumnProfile> merged = new LinkedHashMap<>(columns);
    for (ColumnProfile c : other.columns.values()) {
      merged.merge(c.name(), c, ColumnProfile::merge);
    }
    ProblemLog log = new ProblemLog();
    log.addAll(problems);
    log.addAll(other.problems);
    return new DatasetProfile(rows + other.rows, new ArrayList<>(merged.values()), log.toList());
  }

  /** Merges any number of window profiles (e.g. one per minute) into one, column by column. */
  public static DatasetProfile mergeAll(DatasetProfile first, List<DatasetProfile> rest) {
    Map<String, List<ColumnProfile>> byColumn = new LinkedHashMap<>();
    long rows = first.rows;
    ProblemLog log = new ProblemLog();
    log.addAll(first.problems);
    first.columns.keySet().forEach(name -> byColumn.put(name, new ArrayList<>()));
    for (DatasetProfile p : rest) {
      rows += p.rows;
      log.addAll(p.problems);
      p.columns.forEach((name, c) -> byColumn.computeIfAbsent(name, n -> new ArrayList<>()).add(c));
    }
    List<ColumnProfile> merged = new ArrayList<>();
    byColumn.forEach(
        (name, parts) -> {
          ColumnProfile head = first.columns.get(name);
          if (head == null) {
            head = parts.remove(0);
          }
          merged.add(parts.isEmpty() ? head : head.mergeAll(parts));
        });
    return new DatasetProfile(rows, merged, log.toList());
  }

  public Map<String, ColumnKind> kinds() {
    Map<String, ColumnKind> kinds = new LinkedHashMap<>();
    columns.values().forEach(c -> kinds.put(c.name(), c.kind()));
    return kinds;
  }

  public byte[] toBytes() {
    return ProfileCodec.write(this);
  }

  public static DatasetProfile fromBytes(byte[] bytes) {
    return ProfileCodec.read(bytes);
  }
}
