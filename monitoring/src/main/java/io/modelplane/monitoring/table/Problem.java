package io.modelplane.monitoring.table;

/**
 * Something wrong with the input that was counted and worked around rather than failing the whole
 * table: the offending values are excluded and everything else is still profiled.
 *
 * @param column the column concerned, or {@code null} for the table as a whole
 * @param code a stable machine-readable code
 * @param count how many values (or rows) were affected
 * @param message what happened, for a person
 */
public record Problem(String column, ProblemCode code, long count, String message) {

  public String codeId() {
    return code.id();
  }
}
