package io.modelplane.monitoring.table;

import static io.modelplane.monitoring.table.TableAssertions.count;
import static io.modelplane.monitoring.table.TableAssertions.csv;
import static io.modelplane.monitoring.table.TableAssertions.problem;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CsvTableReaderTest {

  @Test
  void shouldReadQuotedFieldsWithCommasNewlinesAndDoubledQuotes() {
    // Given RFC 4180 quoting and CRLF line ends
    Table t = csv("id,comment\r\n1,\"a, b\"\r\n2,\"line\nbreak\"\r\n3,\"say \"\"hi\"\"\"\r\n");

    // When
    CategoricalColumn comment = (CategoricalColumn) t.column("comment").orElseThrow();

    // Then
    assertThat(t.rows()).isEqualTo(3);
    assertThat(comment.labels()).containsExactly("a, b", "line\nbreak", "say \"hi\"");
    assertThat(t.problems()).isEmpty();
  }

  @Test
  void shouldInferNumericCategoricalTextAndEmbeddingColumns() {
    // Given
    String longText = "x".repeat(80);
    Table t =
        csv(
            "age,flag,review,vec\n"
                + "31,true,"
                + longText
                + ",\"[1, 2]\"\n"
                + "42.5,false,"
                + longText
                + "y,\"[3,4]\"\n");

    // Then
    assertThat(t.column("age").orElseThrow()).isInstanceOf(NumericColumn.class);
    assertThat(((NumericColumn) t.column("age").orElseThrow()).values()).containsExactly(31, 42.5);
    assertThat(t.column("flag").orElseThrow().kind()).isEqualTo(ColumnKind.CATEGORICAL);
    assertThat(((TextColumn) t.column("review").orElseThrow()).lengths()).containsExactly(80, 81);
    EmbeddingColumn vec = (EmbeddingColumn) t.column("vec").orElseThrow();
    assertThat(vec.dimension()).isEqualTo(2);
    assertThat(vec.data()).containsExactly(1, 2, 3, 4);
  }

  @Test
  void shouldTypeAMixedColumnByItsMajorityAndCountTheRest() {
    // Given three numbers and one word
    Table t = csv("x\n1\n2\nthree\n4\n");

    // Then
    assertThat(((NumericColumn) t.column("x").orElseThrow()).values()).containsExactly(1, 2, 4);
    assertThat(count(t, "x", ProblemCode.MIXED_TYPES)).isEqualTo(1);
  }

  @Test
  void shouldCountAndExcludeNanAndInfinity() {
    // Given
    Table t = csv("x\n1\nNaN\ninf\n-Infinity\n2\n");

    // Then
    assertThat(((NumericColumn) t.column("x").orElseThrow()).values()).containsExactly(1, 2);
    assertThat(count(t, "x", ProblemCode.NON_FINITE)).isEqualTo(3);
  }

  @Test
  void shouldReportAndSkipAnEmptyColumn() {
    // Given
    Table t = csv("x,empty\n1,\n2,\n");

    // Then
    assertThat(t.column("empty")).isEmpty();
    assertThat(problem(t, "empty", ProblemCode.EMPTY_COLUMN)).isPresent();
  }

  @Test
  void shouldSkipAndCountRaggedAndBrokenRecords() {
    // Given a short row, a long row and an unterminated quote at the end
    Table t = csv("a,b\n1,2\n3\n4,5,6\n7,8\n9,\"oops\n");

    // Then
    assertThat(((NumericColumn) t.column("a").orElseThrow()).values()).containsExactly(1, 7);
    assertThat(count(t, null, ProblemCode.RAGGED_ROW)).isEqualTo(2);
    assertThat(count(t, null, ProblemCode.MALFORMED_ROW)).isEqualTo(1);
    assertThat(t.rows()).isEqualTo(5);
  }

  @Test
  void shouldReportADuplicateHeaderAndKeepTheFirst() {
    // Given
    Table t = csv("a,a\n1,x\n");

    // Then
    assertThat(((NumericColumn) t.column("a").orElseThrow()).values()).containsExactly(1);
    assertThat(problem(t, "a", ProblemCode.DUPLICATE_COLUMN)).isPresent();
  }

  @Test
  void shouldReportRaggedEmbeddings() {
    // Given
    Table t = csv("v\n\"[1,2,3]\"\n\"[1,2]\"\n\"[4,5,6]\"\n");

    // Then
    assertThat(((EmbeddingColumn) t.column("v").orElseThrow()).size()).isEqualTo(2);
    assertThat(count(t, "v", ProblemCode.RAGGED_EMBEDDING)).isEqualTo(1);
  }

  @Test
  void shouldCapTrackedCategoriesAndEstimateCardinalityOfAMillionDistinctValues() {
    // Given a million distinct ids streamed from a generated CSV
    StringBuilder sb = new StringBuilder("user\n");
    for (int i = 0; i < 1_000_000; i++) {
      sb.append("u").append(i).append('\n');
    }
    byte[] bytes = sb.toString().getBytes(StandardCharsets.UTF_8);

    // When
    Table t = Tables.csv(new ByteArrayInputStream(bytes), new TableOptions(Map.of(), 1_000, 50));

    // Then
    CategoricalColumn user = (CategoricalColumn) t.column("user").orElseThrow();
    assertThat(user.labels()).hasSize(1_000);
    assertThat(user.otherCount()).isEqualTo(999_000);
    assertThat(user.distinctEstimate()).isBetween(950_000.0, 1_050_000.0);
    assertThat(count(t, "user", ProblemCode.HIGH_CARDINALITY)).isEqualTo(999_000);
  }

  @Test
  void shouldForceAKindGivenInTheOptions() {
    // Given integer class codes that should be categories
    Table t =
        Tables.csv(
            new ByteArrayInputStream("cls\n1\n2\n2\n".getBytes(StandardCharsets.UTF_8)),
            TableOptions.defaults().withKinds(Map.of("cls", ColumnKind.CATEGORICAL)));

    // Then
    CategoricalColumn cls = (CategoricalColumn) t.column("cls").orElseThrow();
    assertThat(cls.labels()).containsExactly("1", "2");
    assertThat(cls.counts()).containsExactly(1, 2);
  }

  @Test
  void shouldReportAnInputWithoutHeader() {
    // Given
    Table t = csv("");

    // Then
    assertThat(t.columns()).isEmpty();
    assertThat(problem(t, null, ProblemCode.MALFORMED_ROW)).isPresent();
  }
}
