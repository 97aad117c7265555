package io.modelplane.monitoring.table;

import java.io.IOException;
import java.io.Reader;
import java.util.List;

/**
 * An RFC 4180 record reader: comma-separated fields, double-quoted fields may hold commas, line
 * breaks and doubled quotes; records end with CRLF, LF or CR. It never throws on bad quoting: such
 * a record is returned and flagged {@link #malformed()} so the caller can skip and count it.
 */
final class CsvRecords {

  private static final int EOF = -1;

  private final Reader in;
  private final char[] buffer = new char[1 << 16];
  private int position;
  private int limit;
  private boolean malformed;
  private final StringBuilder field = new StringBuilder();

  CsvRecords(Reader in) {
    this.in = in;
  }

  /** Whether the record last returned had broken quoting. */
  boolean malformed() {
    return malformed;
  }

  /** Reads the next non-blank record into {@code fields}; false at the end of the input. */
  boolean next(List<String> fields) throws IOException {
    while (true) {
      fields.clear();
      malformed = false;
      int c = read();
      if (c == EOF) {
        return false;
      }
      unread();
      boolean more = true;
      while (more) {
        more = readField();
        fields.add(field.toString());
      }
      boolean blank = fields.size() == 1 && fields.get(0).isEmpty() && !malformed;
      if (!blank) {
        return true;
      }
    }
  }

  /** Reads one field into {@link #field}; true when another field of the same record follows. */
  private boolean readField() throws IOException {
    field.setLength(0);
    int c = read();
    if (c == '"') {
      return readQuoted();
    }
    while (c != EOF && c != ',' && c != '\n' && c != '\r') {
      field.append((char) c);
      c = read();
    }
    return endOfField(c);
  }

  private boolean readQuoted() throws IOException {
    while (true) {
      int c = read();
      if (c == EOF) {
        malformed = true;
        return false;
      }
      if (c == '"') {
        int next = read();
        if (next == '"') {
          field.append('"');
          continue;
        }
        while (next != EOF && next != ',' && next != '\n' && next != '\r') {
          malformed = true;
          field.append((char) next);
          next = read();
        }
        return endOfField(next);
      }
      field.append((char) c);
    }
  }

  private boolean endOfField(int c) throws IOException {
    if (c == ',') {
      return true;
    }
    if (c == '\r') {
      if (read() != '\n') {
        unread();
      }
    }
    return false;
  }

  private int read() throws IOException {
    if (position == limit) {
      limit = in.read(buffer, 0, buffer.length);
      position = 0;
      if (limit <= 0) {
        limit = 0;
        return EOF;
      }
    }
    return buffer[position++];
  }

  /** Steps back over the character just read; only valid right after a successful read. */
  private void unread() {
    if (limit > 0) {
      position--;
    }
  }
}
