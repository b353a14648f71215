package io.crmkit.core;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.crmkit.core.internal.Quoted;
import java.util.regex.Pattern;

/**
 * An opaque position in an ordered result (keyset paging): the next page starts after it. Cursors
 * are plain text so that a host can pass them through a URL.
 *
 * @param value the encoded position, never null
 * @since 0.1
 */
public record PageCursor(String value) {

  private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9_.:~-]{1,200}");

  /** Creates a {@code PageCursor}, checking its components as the type's comment describes. */
  public PageCursor {
    requireNonNull(value, "cursor");
    checkArgument(FORMAT.matcher(value).matches(), "not a page cursor: %s", Quoted.of(value));
  }

  /** Returns the cursor with the given text, as received from a previous page. */
  public static PageCursor of(String value) {
    return new PageCursor(value);
  }
}
