package io.modelplane.registry.baseline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Any table written as RFC 4180 CSV (every field quoted) reads back cell for cell. */
class BaselineReaderPropertiesTest {

  @Property(tries = 300)
  void shouldReadBackEveryCellOfAQuotedCsv(@ForAll("tables") List<List<String>> table)
      throws IOException {
    // Given a table whose first row is the header, written with every field quoted
    List<String> header = table.getFirst();
    StringBuilder csv = new StringBuilder();
    for (List<String> row : table) {
      csv.append(
              String.join(
                  ",", row.stream().map(v -> "\"" + v.replace("\"", "\"\"") + "\"").toList()))
          .append("\r\n");
    }

    // When it is read
    List<Map<String, String>> rows = BaselineReaderTest.read("csv", csv.toString());

    // Then every data row comes back as column -> value
    List<Map<String, String>> expected = new ArrayList<>();
    for (List<String> row : table.subList(1, table.size())) {
      Map<String, String> m = new LinkedHashMap<>();
      for (int i = 0; i < header.size(); i++) {
        m.put(header.get(i), row.get(i));
      }
      expected.add(m);
    }
    assertThat(rows).isEqualTo(expected);
  }

  @Provide
  Arbitrary<List<List<String>>> tables() {
    Arbitrary<String> cell = Arbitraries.strings().withChars("ab1.,\"\n\r -é").ofMaxLength(8);
    return Arbitraries.integers()
        .between(1, 4)
        .flatMap(
            width -> {
              Arbitrary<List<String>> header =
                  Arbitraries.strings()
                      .withCharRange('a', 'z')
                      .ofMinLength(1)
                      .ofMaxLength(6)
                      .list()
                      .ofSize(width)
                      .uniqueElements();
              Arbitrary<List<List<String>>> body = cell.list().ofSize(width).list().ofMaxSize(6);
              return Combinators.combine(header, body)
                  .as(
                      (h, b) -> {
                        List<List<String>> table = new ArrayList<>();
                        table.add(h);
                        table.addAll(b);
                        return table;
                      });
            });
  }
}
