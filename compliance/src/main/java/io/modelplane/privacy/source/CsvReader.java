package io.modelplane.privacy.source;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Streams a CSV file with a header row (RFC 4180: quoted fields may hold commas, doubled quotes and
 * line breaks) cell by cell, naming each cell by its column. Malformed input — an unterminated
 * quoted field, text after a closing quote, a row with more fields than the header, a NUL character
 * — stops it with the line where it happened. A quote inside an unquoted field is kept as text, as
 * the registry's baseline reader does.
 */
public final class CsvReader {

  private static final int EOF = -1;

  private final Reader in;
  private final char[] buffer = new char[1 << 16];
  private int position;
  private int limit;
  private long line = 1;
  private final StringBuilder field = new StringBuilder(64);

  private CsvReader(Reader in) {
    this.in = in;
  }

  /**
   * Reads every row after the header; empty cells and blank lines are skipped.
   *
   * @return the number of data rows
   */
  public static long read(Reader in, CellSink sink) throws IOException {
    return new CsvReader(in).readAll(sink);
  }

  private long readAll(CellSink sink) throws IOException {
    List<String> record = new ArrayList<>();
    if (!next(record)) {
      return 0;
    }
    String[] header = header(record);
    long rows = 0;
    while (true) {
      long recordLine = line;
      if (!next(record)) {
        return rows;
      }
      if (record.size() == 1 && record.getFirst().isEmpty()) {
        continue;
      }
      if (record.size() > header.length) {
        throw new MalformedDataException(
            recordLine,
            record.size() + " fields, but the header has " + header.length + " columns");
      }
      rows++;
      for (int i = 0; i < record.size(); i++) {
        String value = record.get(i);
        if (!value.isEmpty()) {
          sink.cell(header[i], value);
        }
      }
    }
  }

  private static String[] header(List<String> record) {
    String[] names = new String[record.size()];
    for (int i = 0; i < names.length; i++) {
      String name = record.get(i).strip();
      names[i] = name.isEmpty() ? "column " + (i + 1) : name;
    }
    return names;
  }

  /** Reads one record into {@code out}; false at the end of the input. */
  private boolean next(List<String> out) throws IOException {
    out.clear();
    int c = peek();
    if (c == EOF) {
      return false;
    }
    while (true) {
      field.setLength(0);
      int end = peek() == '"' ? quoted() : unquoted();
      out.add(field.toString());
      if (end != ',') {
        return true;
      }
    }
  }

  /** Reads an unquoted field; returns what ended it: ',', '\n' or EOF. */
  private int unquoted() throws IOException {
    while (true) {
      int c = read();
      switch (c) {
        case EOF -> {
          return EOF;
        }
        case ',' -> {
          return ',';
        }
        case '\n' -> {
          line++;
          return '\n';
        }
        case '\r' -> {
          if (peek() == '\n') {
            read();
          }
          line++;
          return '\n';
        }
        case 0 -> throw nul();
        default -> field.append((char) c);
      }
    }
  }

  /** Reads a quoted field (the opening quote is next); returns what ended it. */
  private int quoted() throws IOException {
    long started = line;
    read();
    while (true) {
      int c = read();
      if (c == EOF) {
        throw new MalformedDataException(started, "quoted field is never closed");
      }
      if (c == '"') {
        if (peek() == '"') {
          read();
          field.append('"');
          continue;
        }
        return afterClosingQuote();
      }
      if (c == 0) {
        throw nul();
      }
      if (c == '\n') {
        line++;
      }
      field.append((char) c);
    }
  }

  private int afterClosingQuote() throws IOException {
    int c = read();
    switch (c) {
      case EOF, ',' -> {
        return c;
      }
      case '\n' -> {
        line++;
        return '\n';
      }
      case '\r' -> {
        if (peek() == '\n') {
          read();
        }
        line++;
        return '\n';
      }
      default ->
          throw new MalformedDataException(
              line, "unexpected '" + (char) c + "' after a closing quote");
    }
  }

  private NotTextException nul() {
    return new NotTextException("line " + line + " holds a NUL character: not a text file");
  }

  private int peek() throws IOException {
    if (position == limit && !fill()) {
      return EOF;
    }
    return buffer[position];
  }

  private int read() throws IOException {
    if (position == limit && !fill()) {
      return EOF;
    }
    return buffer[position++];
  }

  private boolean fill() throws IOException {
    int n = in.read(buffer, 0, buffer.length);
    if (n <= 0) {
      return false;
    }
    position = 0;
    limit = n;
    return true;
  }
}
