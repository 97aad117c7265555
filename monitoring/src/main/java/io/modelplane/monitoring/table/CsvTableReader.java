package io.modelplane.monitoring.table;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Streams a CSV with a header row into a {@link Table}, one record at a time. */
final class CsvTableReader {

  private CsvTableReader() {}

  static Table read(InputStream in, TableOptions options) {
    TableBuilder table = new TableBuilder(options);
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      CsvRecords records = new CsvRecords(reader);
      List<String> fields = new ArrayList<>();
      if (!records.next(fields)) {
        table.problems().add(null, ProblemCode.MALFORMED_ROW, 1, "the input has no header row");
        return table.build();
      }
      ColumnBuilder[] columns = header(fields, table);
      long ragged = 0;
      long malformed = 0;
      while (records.next(fields)) {
        table.rows(1);
        if (records.malformed()) {
          malformed++;
        } else if (fields.size() != columns.length) {
          ragged++;
        } else {
          for (int i = 0; i < columns.length; i++) {
            if (columns[i] != null) {
              columns[i].addCell(fields.get(i));
            }
          }
        }
      }
      table
          .problems()
          .add(
              null,
              ProblemCode.RAGGED_ROW,
              ragged,
              ragged + " records without exactly " + columns.length + " fields were skipped");
      table
          .problems()
          .add(
              null,
              ProblemCode.MALFORMED_ROW,
              malformed,
              malformed + " records with broken quoting were skipped");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return table.build();
  }

  private static ColumnBuilder[] header(List<String> fields, TableBuilder table) {
    ColumnBuilder[] columns = new ColumnBuilder[fields.size()];
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < fields.size(); i++) {
      String name = i == 0 ? stripBom(fields.get(i)).strip() : fields.get(i).strip();
      if (name.isEmpty()) {
        name = "column_" + (i + 1);
      }
      if (seen.add(name)) {
        columns[i] = table.column(name);
      } else {
        table
            .problems()
            .add(
                name,
                ProblemCode.DUPLICATE_COLUMN,
                1,
                "the header names column "
                    + name
                    + " more than once; field "
                    + (i + 1)
                    + " is ignored");
      }
    }
    return columns;
  }

  private static String stripBom(String s) {
    return s.startsWith("\uFEFF") ? s.substring(1) : s;
  }
}
