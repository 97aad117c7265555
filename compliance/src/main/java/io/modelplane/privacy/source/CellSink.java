package io.modelplane.privacy.source;

/**
 * Receives the values of a data set one at a time with where they were: a CSV column, a JSON path,
 * a metadata field.
 */
@FunctionalInterface
public interface CellSink {
  void cell(String location, String value);
}
