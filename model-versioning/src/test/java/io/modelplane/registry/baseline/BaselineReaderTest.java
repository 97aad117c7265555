package io.modelplane.registry.baseline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.modelplane.kernel.error.DomainException;
import io.modelplane.kernel.error.UnprocessableException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BaselineReaderTest {

  @Test
  void shouldKeepCommasQuotesAndLineBreaksInsideQuotedCsvFields() throws IOException {
    // Given a CSV whose quoted fields hold a comma, doubled quotes and a line break
    String csv =
        "id,comment\r\n1,\"late, then paid\"\r\n2,\"said \"\"cancel\"\"\nthen stayed\"\r\n";

    // When it is read
    List<Map<String, String>> rows = read("csv", csv);

    // Then each field is one value, unquoted
    assertThat(rows)
        .containsExactly(
            Map.of("id", "1", "comment", "late, then paid"),
            Map.of("id", "2", "comment", "said \"cancel\"\nthen stayed"));
  }

  @Test
  void shouldReadNoRowsFromAnEmptyFile() throws IOException {
    assertThat(read("csv", "")).isEmpty();
    assertThat(read("jsonl", "")).isEmpty();
  }

  @Test
  void shouldRefuseABlankCsvWithoutAHeaderAndWithoutABogusLineNumber() {
    assertThatThrownBy(() -> read("csv", "\n\n"))
        .isInstanceOf(UnprocessableException.class)
        .hasMessage("baseline: is not valid csv");
  }

  @Test
  void shouldReadNoRowsFromAHeaderOnlyCsv() throws IOException {
    assertThat(read("csv", "tenure,plan\n")).isEmpty();
  }

  @Test
  void shouldIgnoreBlankLinesRatherThanCountThemAsRows() throws IOException {
    // Given a CSV and JSON lines with a blank line in the middle and at the end
    List<Map<String, String>> csv = read("csv", "a,b\n1,2\n\n3,4\n\n");
    List<Map<String, String>> jsonl = read("jsonl", "{\"a\":1}\n\n{\"a\":2}\n\n");

    // Then only the real rows are read
    assertThat(csv).containsExactly(Map.of("a", "1", "b", "2"), Map.of("a", "3", "b", "4"));
    assertThat(jsonl).containsExactly(Map.of("a", "1"), Map.of("a", "2"));
  }

  @Test
  void shouldTreatMissingTrailingFieldsOfAShortRowAsAbsent() throws IOException {
    assertThat(read("csv", "a,b,c\n1,2,3\n4\n"))
        .containsExactly(Map.of("a", "1", "b", "2", "c", "3"), Map.of("a", "4"));
  }

  @Test
  void shouldRefuseARowWithMoreFieldsThanTheHeaderNamingTheLine() {
    assertThatThrownBy(() -> read("csv", "a,b\n1,2\n3,4,5\n"))
        .isInstanceOf(UnprocessableException.class)
        .satisfies(e -> assertThat(field(e)).isEqualTo("baseline"))
        .hasMessageContaining("line 3");
  }

  @Test
  void shouldRefuseAnUnterminatedQuote() {
    assertThatThrownBy(() -> read("csv", "a,b\n1,\"open\n"))
        .isInstanceOf(UnprocessableException.class)
        .satisfies(e -> assertThat(field(e)).isEqualTo("baseline"));
  }

  @Test
  void shouldRefuseAJsonLineThatIsNotAnObject() {
    assertThatThrownBy(() -> read("jsonl", "{\"a\":1}\n[1,2]\n"))
        .isInstanceOf(UnprocessableException.class)
        .satisfies(e -> assertThat(field(e)).isEqualTo("baseline"));
  }

  @Test
  void shouldRefuseBrokenJsonNamingTheLine() {
    assertThatThrownBy(() -> read("jsonl", "{\"a\":1}\n{\"a\":\n"))
        .isInstanceOf(UnprocessableException.class)
        .hasMessageContaining("jsonl");
  }

  @Test
  void shouldReadJsonNullsAsAbsentAndNumbersAsText() throws IOException {
    List<Map<String, String>> rows = read("jsonl", "{\"a\":1.5,\"b\":null,\"c\":true}\n");

    assertThat(rows).hasSize(1);
    assertThat(rows.getFirst()).containsEntry("a", "1.5").containsEntry("c", "true");
    assertThat(rows.getFirst().get("b")).isNull();
  }

  @Test
  void shouldRefuseAnUnknownFormat() {
    assertThatThrownBy(() -> read("parquet", "x"))
        .isInstanceOf(UnprocessableException.class)
        .satisfies(e -> assertThat(field(e)).isEqualTo("format"));
  }

  static List<Map<String, String>> read(String format, String text) throws IOException {
    List<Map<String, String>> rows = new ArrayList<>();
    BaselineReader.read(
        format, new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), rows::add);
    return rows;
  }

  private static String field(Throwable e) {
    return ((DomainException) e).errors().getFirst().field();
  }
}
