package io.modelplane.privacy.source;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Streams a data set's values to a sink, whatever its format. The bytes must be UTF-8: invalid
 * sequences and NUL characters mean a binary file ({@link NotTextException}); a format error stops
 * the read with its line ({@link MalformedDataException}).
 */
public final class DataReader {

  /** Where a plain-text value is reported: the whole file is one column. */
  public static final String TEXT_LOCATION = "text";

  private static final ObjectMapper JSON = new ObjectMapper();

  private DataReader() {}

  /**
   * @return the number of records read (rows, JSON lines, text lines)
   */
  public static long read(DataFormat format, InputStream in, CellSink sink) throws IOException {
    Reader reader = strictUtf8(in);
    try {
      return switch (format) {
        case CSV -> CsvReader.read(reader, sink);
        case JSONL -> jsonLines(reader, sink);
        case TEXT -> textLines(reader, sink);
      };
    } catch (CharacterCodingException e) {
      throw new NotTextException("the data is not UTF-8 text (a binary file?)");
    }
  }

  private static Reader strictUtf8(InputStream in) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    return new InputStreamReader(in, decoder);
  }

  private static long jsonLines(Reader reader, CellSink sink) throws IOException {
    long lines = 0;
    LineCountingReader counted = new LineCountingReader(reader);
    try (MappingIterator<JsonNode> it = JSON.readerFor(JsonNode.class).readValues(counted)) {
      while (it.hasNextValue()) {
        JsonNode node = it.nextValue();
        lines++;
        JsonValues.walk(node, "", sink);
      }
    } catch (JsonProcessingException e) {
      throw malformed(counted, e);
    } catch (RuntimeException e) {
      if (e.getCause() instanceof JsonProcessingException j) {
        throw malformed(counted, j);
      }
      throw e;
    }
    if (counted.sawNul()) {
      throw nul();
    }
    return lines;
  }

  private static RuntimeException malformed(LineCountingReader counted, JsonProcessingException e) {
    if (counted.sawNul()) {
      return nul();
    }
    long line = e.getLocation() == null ? counted.line() : e.getLocation().getLineNr();
    return new MalformedDataException(line, "not valid JSON");
  }

  private static NotTextException nul() {
    return new NotTextException("the data holds a NUL character: not a text file");
  }

  private static long textLines(Reader reader, CellSink sink) throws IOException {
    BufferedReader lines = new BufferedReader(reader, 1 << 16);
    long count = 0;
    for (String line = lines.readLine(); line != null; line = lines.readLine()) {
      count++;
      if (line.indexOf('\0') >= 0) {
        throw new NotTextException("line " + count + " holds a NUL character: not a text file");
      }
      if (!line.isBlank()) {
        sink.cell(TEXT_LOCATION, line);
      }
    }
    return count;
  }

  /** Counts lines and notices NUL characters as JSON is parsed. */
  private static final class LineCountingReader extends Reader {
    private final Reader in;
    private long line = 1;
    private boolean nul;

    LineCountingReader(Reader in) {
      this.in = in;
    }

    @Override
    public int read(char[] cbuf, int off, int len) throws IOException {
      int n = in.read(cbuf, off, len);
      for (int i = off; i < off + n; i++) {
        if (cbuf[i] == '\n') {
          line++;
        } else if (cbuf[i] == 0) {
          nul = true;
        }
      }
      return n;
    }

    long line() {
      return line;
    }

    boolean sawNul() {
      return nul;
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }
}
