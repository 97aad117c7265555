package io.modelplane.monitoring.table;

import static io.modelplane.monitoring.table.TableAssertions.count;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

class OipTableReaderTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static final TableSchema SCHEMA =
      new TableSchema(
          List.of(
              new TableSchema.Field("age", ColumnKind.NUMERIC, 0),
              new TableSchema.Field("income", ColumnKind.NUMERIC, 0),
              new TableSchema.Field("score", ColumnKind.NUMERIC, 0),
              new TableSchema.Field("label", ColumnKind.CATEGORICAL, 0),
              new TableSchema.Field("embedding", ColumnKind.EMBEDDING, 4)));

  @Test
  void shouldMapATabularInputTensorOntoTheUnnamedNumericColumnsInHeaderOrder() throws Exception {
    // Given the usual XGBoost request [rows, F] and a response naming a baseline column
    JsonNode request =
        JSON.readTree(
            """
        {"inputs": [{"name": "input", "datatype": "FP32", "shape": [2, 2], "data": [30, 1000, 40, 2000]}]}
        """);
    JsonNode response =
        JSON.readTree(
            """
        {"outputs": [{"name": "score", "datatype": "FP32", "shape": [2], "data": [0.1, 0.9]}]}
        """);

    // When
    Table t =
        Tables.inference(
            List.of(new InferencePayload(request, response)), SCHEMA, TableOptions.defaults());

    // Then
    assertThat(((NumericColumn) t.column("age").orElseThrow()).values()).containsExactly(30, 40);
    assertThat(((NumericColumn) t.column("income").orElseThrow()).values())
        .containsExactly(1000, 2000);
    assertThat(t.rows()).isEqualTo(2);
  }

  @Test
  void shouldMapTensorsByNameAndEmbeddingsByDimension() throws Exception {
    // Given nested data, a BYTES tensor named like a column and a [rows, 4] float tensor
    JsonNode body =
        JSON.readTree(
            """
        {"inputs": [
          {"name": "age", "datatype": "INT64", "shape": [2, 1], "data": [[30], [40]]},
          {"name": "label", "datatype": "BYTES", "shape": [2], "data": ["cat", "dog"]}],
         "outputs": [
          {"name": "embedding_out", "datatype": "FP32", "shape": [2, 4], "data": [1,2,3,4,5,6,7,8]}]}
        """);

    // When
    Table t =
        Tables.inference(
            List.of(new InferencePayload(body, body)), SCHEMA, TableOptions.defaults());

    // Then
    assertThat(((NumericColumn) t.column("age").orElseThrow()).values()).containsExactly(30, 40);
    assertThat(((CategoricalColumn) t.column("label").orElseThrow()).labels())
        .containsExactly("cat", "dog");
    EmbeddingColumn e = (EmbeddingColumn) t.column("embedding").orElseThrow();
    assertThat(e.size()).isEqualTo(2);
    assertThat(t.problems()).isEmpty();
  }

  @Test
  void shouldTreatAWideFloatTensorAsAnEmbeddingAndReportItUnmapped() throws Exception {
    // Given a [1, 40] tensor no baseline column names
    StringBuilder data = new StringBuilder();
    for (int i = 0; i < 40; i++) {
      data.append(i == 0 ? "" : ",").append(i);
    }
    JsonNode body =
        JSON.readTree(
            "{\"outputs\": [{\"name\": \"vec\", \"datatype\": \"FP32\", \"shape\": [1, 40], \"data\": ["
                + data
                + "]}]}");

    // When
    Table t =
        Tables.inference(
            List.of(new InferencePayload(body, body)), SCHEMA, TableOptions.defaults());

    // Then
    assertThat(((EmbeddingColumn) t.column("vec").orElseThrow()).dimension()).isEqualTo(40);
    assertThat(count(t, "vec", ProblemCode.UNMAPPED_TENSOR)).isEqualTo(1);
  }

  @Test
  void shouldSkipAndReportTensorsWhoseDataDoesNotMatchTheirShape() throws Exception {
    // Given a shape promising 3 values with 2 present, an unknown datatype and a string in FP32
    JsonNode body =
        JSON.readTree(
            """
        {"inputs": [
          {"name": "age", "datatype": "FP32", "shape": [3], "data": [1, 2]},
          {"name": "income", "datatype": "COMPLEX", "shape": [1], "data": [1]},
          {"name": "score", "datatype": "FP32", "shape": [1], "data": ["high"]},
          {"name": "label", "datatype": "BYTES", "shape": [1], "data": ["ok"]}]}
        """);

    // When
    Table t =
        Tables.inference(
            List.of(
                new InferencePayload(body, null), new InferencePayload(JSON.readTree("[1]"), null)),
            SCHEMA,
            TableOptions.defaults());

    // Then the good tensor is still used
    assertThat(((CategoricalColumn) t.column("label").orElseThrow()).labels())
        .containsExactly("ok");
    assertThat(count(t, "age", ProblemCode.BAD_TENSOR)).isEqualTo(1);
    assertThat(count(t, "income", ProblemCode.BAD_TENSOR)).isEqualTo(1);
    assertThat(count(t, "score", ProblemCode.BAD_TENSOR)).isEqualTo(1);
    assertThat(count(t, null, ProblemCode.MALFORMED_ROW)).isEqualTo(1);
  }
}
