package io.crmkit.core.internal.memory;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.PageCursor;
import java.util.Comparator;
import java.util.function.Function;

/**
 * An order over aggregates for keyset paging: the position of each aggregate (which must include
 * its id, so that positions are unique), how positions compare, and how a position is written into
 * and read from a page cursor.
 *
 * @param <A> the aggregate
 * @param <K> the position
 * @since 0.1
 */
public record KeysetOrder<A, K>(
    Function<A, K> position,
    Comparator<K> comparator,
    Function<K, String> encoder,
    Function<String, K> decoder) {

  public KeysetOrder {
    requireNonNull(position, "position");
    requireNonNull(comparator, "comparator");
    requireNonNull(encoder, "encoder");
    requireNonNull(decoder, "decoder");
  }

  /** Returns the cursor that continues after {@code aggregate}. */
  PageCursor cursorAfter(A aggregate) {
    return PageCursor.of(encoder.apply(position.apply(aggregate)));
  }

  /**
   * Returns the position a cursor stands for.
   *
   * @throws IllegalArgumentException if the cursor was not made by this order
   */
  K positionOf(PageCursor cursor) {
    try {
      return decoder.apply(cursor.value());
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(
          "page cursor does not belong to this query: '" + cursor.value() + "'", e);
    }
  }
}
