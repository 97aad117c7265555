package io.modelplane.monitoring.table;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Maps Open Inference Protocol v2 tensors onto a baseline's columns, in this order:
 *
 * <ol>
 *   <li>a tensor named like a baseline column feeds that column ([rows] or [rows, 1]; [rows, d] for
 *       an embedding column);
 *   <li>a 2-D floating-point tensor [rows, d] whose d is the dimension of a baseline embedding
 *       column, or exceeds {@value #EMBEDDING_MIN_WIDTH}, is an embedding: it feeds the baseline's
 *       embedding column of that dimension when there is exactly one, else a column of its own
 *       name;
 *   <li>another 2-D numeric tensor [rows, d] feeds the baseline's numeric columns that no tensor of
 *       the same body names, in header order, when there are exactly d of them (the usual tabular
 *       model input {@code input FP32 [-1, F]});
 *   <li>anything else becomes a column of the tensor's own name (BYTES → categorical or text) and
 *       is reported as {@code unmapped_tensor} when the schema is not empty.
 * </ol>
 *
 * A tensor whose data length does not match its shape, or whose datatype is unknown, is skipped and
 * reported as {@code bad_tensor}; the rest of the body is still used.
 */
final class OipTableReader {

  static final int EMBEDDING_MIN_WIDTH = 32;

  private final TableSchema schema;
  private final TableBuilder table;

  OipTableReader(TableSchema schema, TableOptions options) {
    this.schema = schema;
    this.table = new TableBuilder(options);
  }

  Table read(List<InferencePayload> payloads) {
    for (InferencePayload payload : payloads) {
      List<Tensor> tensors = new ArrayList<>();
      boolean usable = tensors(payload.request(), "inputs", tensors);
      usable &= tensors(payload.response(), "outputs", tensors);
      if (!usable) {
        continue;
      }
      Set<String> named = new HashSet<>();
      tensors.stream()
          .map(Tensor::name)
          .filter(n -> schema.field(n).isPresent())
          .forEach(named::add);
      table.rows(tensors.stream().mapToLong(Tensor::rows).max().orElse(0));
      tensors.forEach(t -> map(t, named));
    }
    return table.build();
  }

  /** Parses one body's tensors; false (reported) when the body is not a JSON object. */
  private boolean tensors(JsonNode body, String part, List<Tensor> into) {
    if (body == null || body.isNull() || body.isMissingNode()) {
      return true;
    }
    if (!body.isObject()) {
      table
          .problems()
          .add(
              null,
              ProblemCode.MALFORMED_ROW,
              1,
              "an inference body that is not a JSON object was skipped");
      return false;
    }
    for (JsonNode node : body.path(part)) {
      Tensor t = Tensor.parse(node, table.problems());
      if (t != null) {
        into.add(t);
      }
    }
    return true;
  }

  private void map(Tensor t, Set<String> named) {
    var field = schema.field(t.name());
    if (field.isPresent()) {
      feed(t, field.get().name(), field.get().kind() == ColumnKind.EMBEDDING);
      return;
    }
    if (t.width() > 1 && t.floating() && isEmbeddingWidth(t.width())) {
      List<TableSchema.Field> sameDim =
          schema.fields().stream()
              .filter(f -> f.kind() == ColumnKind.EMBEDDING && f.dimension() == t.width())
              .filter(f -> !named.contains(f.name()))
              .toList();
      if (sameDim.size() == 1) {
        feed(t, sameDim.get(0).name(), true);
      } else {
        unmapped(t);
        feed(t, t.name(), true);
      }
      return;
    }
    if (t.width() > 1 && t.numbers() != null) {
      List<TableSchema.Field> numeric =
          schema.fields().stream()
              .filter(f -> f.kind() == ColumnKind.NUMERIC && !named.contains(f.name()))
              .toList();
      if (numeric.size() == t.width()) {
        for (int row = 0; row < t.rows(); row++) {
          for (int j = 0; j < numeric.size(); j++) {
            table.column(numeric.get(j).name()).addNumber(t.numbers()[row * t.width() + j]);
          }
        }
        return;
      }
      table
          .problems()
          .add(
              t.name(),
              ProblemCode.BAD_TENSOR,
              t.rows(),
              "a [rows, "
                  + t.width()
                  + "] tensor cannot be mapped onto the "
                  + numeric.size()
                  + " unnamed numeric baseline columns; skipped");
      return;
    }
    unmapped(t);
    feed(t, t.name(), false);
  }

  private boolean isEmbeddingWidth(int width) {
    return width > EMBEDDING_MIN_WIDTH
        || schema.fields().stream()
            .anyMatch(f -> f.kind() == ColumnKind.EMBEDDING && f.dimension() == width);
  }

  private void unmapped(Tensor t) {
    if (!schema.fields().isEmpty()) {
      table
          .problems()
          .add(
              t.name(),
              ProblemCode.UNMAPPED_TENSOR,
              t.rows(),
              "tensor " + t.name() + " matches no baseline column; profiled under its own name");
    }
  }

  private void feed(Tensor t, String column, boolean asVectors) {
    ColumnBuilder c = table.column(column);
    if (asVectors && t.numbers() != null) {
      double[] row = new double[t.width()];
      for (int r = 0; r < t.rows(); r++) {
        System.arraycopy(t.numbers(), r * t.width(), row, 0, t.width());
        c.addEmbedding(row, t.width());
      }
    } else if (t.width() != 1) {
      table
          .problems()
          .add(
              column,
              ProblemCode.BAD_TENSOR,
              t.rows(),
              "tensor "
                  + t.name()
                  + " has "
                  + t.width()
                  + " values per row where the column holds one; skipped");
    } else if (t.numbers() != null) {
      for (double v : t.numbers()) {
        c.addNumber(v);
      }
    } else {
      for (String s : t.strings()) {
        c.addString(s);
      }
    }
  }
}
