package io.modelplane.privacy.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CsvReaderTest {

  @Test
  void shouldNameEveryCellByItsColumnAndKeepQuotedCommasQuotesAndLineBreaks() throws IOException {
    // Given RFC 4180 quoting, CRLF line ends and a blank line
    String csv =
        "name,note\r\n"
            + "\"Doe, Jane\",\"said \"\"hi\"\"\"\r\n"
            + "\r\n"
            + "Roe,\"two\nlines\"\n"
            + "5\" screen,\n";

    // When it is read
    List<String> cells = new ArrayList<>();
    long rows =
        CsvReader.read(new StringReader(csv), (column, value) -> cells.add(column + "=" + value));

    // Then every non-empty cell comes with its column
    assertThat(rows).isEqualTo(3);
    assertThat(cells)
        .containsExactly(
            "name=Doe, Jane", "note=said \"hi\"", "name=Roe", "note=two\nlines", "name=5\" screen");
  }

  @ParameterizedTest(name = "{2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "'a,b\\n1,2\\n3,\"open\\n4,5\\n'|3|quoted field is never closed",
        "'a,b\\n1,2\\n\"x\"y,2\\n'|3|unexpected 'y' after a closing quote",
        "'a,b\\n1,2\\n1,2\\n1,2,3\\n'|4|3 fields, but the header has 2 columns",
      })
  void shouldStopAtTheLineOfMalformedInput(String escaped, long line, String message) {
    String csv = escaped.replace("\\n", "\n");

    assertThatThrownBy(() -> CsvReader.read(new StringReader(csv), (c, v) -> {}))
        .isInstanceOf(MalformedDataException.class)
        .hasMessage("line " + line + ": " + message)
        .extracting(e -> ((MalformedDataException) e).line())
        .isEqualTo(line);
  }

  @Test
  void shouldRefuseNulCharacters() {
    assertThatThrownBy(() -> CsvReader.read(new StringReader("a\nx\0y\n"), (c, v) -> {}))
        .isInstanceOf(NotTextException.class);
  }
}
