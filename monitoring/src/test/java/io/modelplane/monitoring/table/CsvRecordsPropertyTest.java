package io.modelplane.monitoring.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;

class CsvRecordsPropertyTest {

  @Property(tries = 300)
  void shouldReadBackWhatAnRfc4180WriterWrote(
      @ForAll @Size(min = 1, max = 6)
          List<
                  @Size(min = 1, max = 5) List<
                      @StringLength(max = 12) @Chars({',', '"', '\n', '\r', ' '})
                      @CharRange(from = 'a', to = 'e') String>>
              rows) {
    // Given records with equal field counts written with quoting where needed
    int width = rows.get(0).size();
    List<List<String>> records =
        rows.stream().map(r -> pad(r, width)).filter(r -> !isBlank(r)).toList();
    StringBuilder text = new StringBuilder();
    for (List<String> r : records) {
      text.append(String.join(",", r.stream().map(CsvRecordsPropertyTest::quote).toList()))
          .append("\r\n");
    }

    // When
    List<List<String>> read = new ArrayList<>();
    CsvRecords reader = new CsvRecords(new StringReader(text.toString()));
    List<String> fields = new ArrayList<>();
    try {
      while (reader.next(fields)) {
        assertThat(reader.malformed()).isFalse();
        read.add(List.copyOf(fields));
      }
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }

    // Then
    assertThat(read).isEqualTo(records);
  }

  private static List<String> pad(List<String> r, int width) {
    List<String> out = new ArrayList<>(r.subList(0, Math.min(width, r.size())));
    while (out.size() < width) {
      out.add("z");
    }
    return out;
  }

  /** A record of one empty field is a blank line, which readers skip. */
  private static boolean isBlank(List<String> r) {
    return r.size() == 1 && r.get(0).isEmpty();
  }

  private static String quote(String field) {
    boolean needs =
        field.contains(",") || field.contains("\"") || field.contains("\n") || field.contains("\r");
    return needs ? "\"" + field.replace("\"", "\"\"") + "\"" : field;
  }
}
