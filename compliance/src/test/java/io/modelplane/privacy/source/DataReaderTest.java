package io.modelplane.privacy.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DataReaderTest {

  @Test
  void shouldWalkJsonLinesByPathNamingTensorsByTheirName() throws IOException {
    // Given JSON lines with nesting, arrays and an Open Inference Protocol request
    String jsonl =
        "{\"user\":{\"email\":\"a@example.com\"},\"tags\":[\"x\",\"y\"],\"score\":0.5,\"n\":42}\n"
            + "{\"inputs\":[{\"name\":\"text\",\"datatype\":\"BYTES\",\"data\":[\"hi\"]}]}\n";

    // When it is read
    List<String> cells = new ArrayList<>();
    long lines = DataReader.read(DataFormat.JSONL, bytes(jsonl), (l, v) -> cells.add(l + "=" + v));

    // Then strings and integers are reported under their paths
    assertThat(lines).isEqualTo(2);
    assertThat(cells)
        .containsExactly(
            "user.email=a@example.com",
            "tags[*]=x",
            "tags[*]=y",
            "n=42",
            "inputs[text].name=text",
            "inputs[text].datatype=BYTES",
            "inputs[text].data[*]=hi");
  }

  @Test
  void shouldReportTheLineOfMalformedJson() {
    String jsonl = "{\"a\":1}\n{\"a\":2}\n{\"a\":\n";

    assertThatThrownBy(() -> DataReader.read(DataFormat.JSONL, bytes(jsonl), (l, v) -> {}))
        .isInstanceOf(MalformedDataException.class)
        .extracting(e -> ((MalformedDataException) e).line())
        .isIn(3L, 4L);
  }

  @Test
  void shouldRefuseBinaryData() {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, (byte) 0xff};

    for (DataFormat format : DataFormat.values()) {
      assertThatThrownBy(() -> DataReader.read(format, new ByteArrayInputStream(png), (l, v) -> {}))
          .as(format.id())
          .isInstanceOf(NotTextException.class);
    }
  }

  @Test
  void shouldScanPlainTextLineByLine() throws IOException {
    List<String> cells = new ArrayList<>();

    DataReader.read(DataFormat.TEXT, bytes("one\n\ntwo\r\n"), (l, v) -> cells.add(l + "=" + v));

    assertThat(cells).containsExactly("text=one", "text=two");
  }

  private static ByteArrayInputStream bytes(String s) {
    return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
  }
}
