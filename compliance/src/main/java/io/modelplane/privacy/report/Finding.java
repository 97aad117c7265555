package io.modelplane.privacy.report;

import io.modelplane.privacy.scan.Severity;
import java.util.List;

/**
 * How many values of one entity type a location (a CSV column, a JSON path, a metadata field)
 * holds, with a few masked examples.
 *
 * @param count the exact number of occurrences (a cell with two e-mail addresses counts two)
 */
public record Finding(
    String location, String entity, Severity severity, long count, List<String> examples) {

  public Finding {
    examples = List.copyOf(examples);
  }
}
