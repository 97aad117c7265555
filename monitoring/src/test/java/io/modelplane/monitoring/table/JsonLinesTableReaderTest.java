package io.modelplane.monitoring.table;

import static io.modelplane.monitoring.table.TableAssertions.count;
import static io.modelplane.monitoring.table.TableAssertions.jsonl;
import static io.modelplane.monitoring.table.TableAssertions.problem;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JsonLinesTableReaderTest {

  @Test
  void shouldReadNumbersStringsBooleansAndVectors() {
    // Given
    Table t =
        jsonl(
            """
        {"age": 31, "city": "Oslo", "vip": true, "emb": [0.1, 0.2, 0.3]}
        {"age": 40.5, "city": "Rome", "vip": false, "emb": [0.4, 0.5, 0.6]}

        {"age": null, "city": "Oslo", "vip": true, "emb": [0.7, 0.8, 0.9]}
        """);

    // Then
    assertThat(t.rows()).isEqualTo(3);
    assertThat(((NumericColumn) t.column("age").orElseThrow()).values()).containsExactly(31, 40.5);
    CategoricalColumn city = (CategoricalColumn) t.column("city").orElseThrow();
    assertThat(city.labels()).containsExactly("Oslo", "Rome");
    assertThat(city.counts()).containsExactly(2, 1);
    assertThat(((CategoricalColumn) t.column("vip").orElseThrow()).labels())
        .containsExactly("true", "false");
    assertThat(((EmbeddingColumn) t.column("emb").orElseThrow()).size()).isEqualTo(3);
    assertThat(t.problems()).isEmpty();
  }

  @Test
  void shouldSkipMalformedLinesWithoutAddingHalfOfThem() {
    // Given a truncated object, a bare array and a trailing garbage token
    Table t =
        jsonl(
            """
        {"x": 1, "y": "a"}
        {"x": 2, "y":
        [1, 2]
        {"x": 3} extra
        {"x": 4, "y": "b"}
        """);

    // Then nothing of the bad lines was added
    assertThat(((NumericColumn) t.column("x").orElseThrow()).values()).containsExactly(1, 4);
    assertThat(count(t, null, ProblemCode.MALFORMED_ROW)).isEqualTo(3);
  }

  @Test
  void shouldCountNonFiniteMixedAndUnsupportedValues() {
    // Given NaN tokens, a string in a numeric column and a nested object
    Table t =
        jsonl(
            """
        {"x": 1, "o": 1}
        {"x": NaN, "o": 2}
        {"x": "Infinity", "o": {"a": 1}}
        {"x": "oops", "o": 3}
        {"x": 2, "o": 4}
        """);

    // Then
    assertThat(((NumericColumn) t.column("x").orElseThrow()).values()).containsExactly(1, 2);
    assertThat(count(t, "x", ProblemCode.NON_FINITE)).isEqualTo(2);
    assertThat(count(t, "x", ProblemCode.MIXED_TYPES)).isEqualTo(1);
    assertThat(count(t, "o", ProblemCode.UNSUPPORTED_VALUE)).isEqualTo(1);
  }

  @Test
  void shouldReportRaggedAndNonNumericVectors() {
    // Given
    Table t =
        jsonl(
            """
        {"e": [1, 2, 3]}
        {"e": [1, 2]}
        {"e": ["a", "b", "c"]}
        {"e": [4, 5, 6]}
        """);

    // Then
    assertThat(((EmbeddingColumn) t.column("e").orElseThrow()).size()).isEqualTo(2);
    assertThat(count(t, "e", ProblemCode.RAGGED_EMBEDDING)).isEqualTo(1);
    assertThat(count(t, "e", ProblemCode.UNSUPPORTED_VALUE)).isEqualTo(1);
  }

  @Test
  void shouldReportAColumnOfOnlyNulls() {
    // Given
    Table t = jsonl("{\"x\": 1, \"n\": null}\n{\"x\": 2, \"n\": null}\n");

    // Then
    assertThat(t.column("n")).isEmpty();
    assertThat(problem(t, "n", ProblemCode.EMPTY_COLUMN)).isPresent();
  }
}
