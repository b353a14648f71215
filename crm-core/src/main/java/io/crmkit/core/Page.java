package io.crmkit.core;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * One page of an ordered result, with the cursor that continues after its last item when there is
 * more.
 *
 * @param items the items of this page, in order
 * @param next the cursor of the next page, or null on the last page
 * @param <T> the type of item
 * @since 0.1
 */
public record Page<T>(List<T> items, @Nullable PageCursor next) {

  /** Creates a {@code Page}, checking its components as the type's comment describes. */
  public Page {
    items = List.copyOf(requireNonNull(items, "items"));
  }

  /** Returns the cursor of the next page, empty on the last page. */
  public Optional<PageCursor> nextCursor() {
    return Optional.ofNullable(next);
  }

  /** Returns whether another page follows. */
  public boolean hasNext() {
    return next != null;
  }

  /** Returns the same page with each item mapped. */
  public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
    return new Page<>(items.stream().<R>map(mapper).toList(), next);
  }
}
