package io.crmkit.jpa.internal;

import io.crmkit.core.PageCursor;
import java.util.UUID;
import java.util.function.Function;

/** Reads page cursors, reporting a cursor of another list as the caller's mistake. */
public final class Cursors {

  private Cursors() {}

  /** Returns the id an id-ordered page cursor stands for. */
  public static UUID idAfter(PageCursor cursor) {
    return read(cursor, UUID::fromString);
  }

  /**
   * Returns the position {@code decoder} reads from {@code cursor}.
   *
   * @throws IllegalArgumentException if the cursor was not made for this list
   */
  public static <K> K read(PageCursor cursor, Function<String, K> decoder) {
    try {
      return decoder.apply(cursor.value());
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(
          "page cursor does not belong to this query: '" + cursor.value() + "'", e);
    }
  }
}
