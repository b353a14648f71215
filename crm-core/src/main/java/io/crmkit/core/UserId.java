package io.crmkit.core;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.crmkit.core.internal.Quoted;
import io.crmkit.core.internal.TextPolicy;

/**
 * The identifier of a user of the host application: an owner of records, an assignee of tasks, an
 * actor on the timeline.
 *
 * <p>crmkit does not manage users; the host passes its own user keys: 1 to 128 characters, an
 * identifier (no control character, bidi control or zero-width character, no white space at either
 * end).
 *
 * @param value the host's user key, never null
 * @since 0.1
 */
public record UserId(String value) {

  /** Creates an {@code UserId}, checking its components as the type's comment describes. */
  public UserId {
    requireNonNull(value, "user id");
    checkArgument(
        !value.isEmpty() && value.length() <= 128,
        "user id must be 1 to 128 characters: %s",
        Quoted.of(value));
    TextPolicy.check("user id", value, TextPolicy.Kind.IDENTIFIER);
  }

  /** Returns the user id with the given key. */
  public static UserId of(String value) {
    return new UserId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
