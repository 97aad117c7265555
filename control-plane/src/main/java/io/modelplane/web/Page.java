package io.modelplane.web;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a cursor-paginated list. {@code nextCursor} is absent on the last page; pass it as
 * {@code ?after=} to get the next one.
 */
public record Page<T>(List<T> items, String nextCursor) {

  /** Builds a page from up to {@code limit + 1} rows: the extra row only proves there is more. */
  public static <R, T> Page<T> of(
      List<R> rows, int limit, Function<R, T> view, Function<R, String> cursor) {
    List<R> shown = rows.size() > limit ? rows.subList(0, limit) : rows;
    String next = rows.size() > limit ? cursor.apply(shown.getLast()) : null;
    return new Page<>(shown.stream().map(view).toList(), next);
  }
}
