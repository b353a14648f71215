package io.crmkit.core;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Which page of an ordered result to return: at most {@code size} items after {@code after}, or
 * from the start.
 *
 * @param size 1 to 1000 items
 * @param after the cursor of the previous page, or null for the first page
 * @since 0.1
 */
public record PageRequest(int size, @Nullable PageCursor after) {

  /** The largest page a caller may ask for. */
  public static final int MAX_SIZE = 1000;

  /** Creates a {@code PageRequest}, checking its components as the type's comment describes. */
  public PageRequest {
    checkArgument(size >= 1 && size <= MAX_SIZE, "page size must be 1 to %s: %s", MAX_SIZE, size);
  }

  /** Returns the first page of {@code size} items. */
  public static PageRequest first(int size) {
    return new PageRequest(size, null);
  }

  /** Returns the page of {@code size} items after {@code cursor}. */
  public static PageRequest after(PageCursor cursor, int size) {
    return new PageRequest(size, cursor);
  }

  /** Returns the cursor to continue after, empty for the first page. */
  public Optional<PageCursor> cursor() {
    return Optional.ofNullable(after);
  }
}
