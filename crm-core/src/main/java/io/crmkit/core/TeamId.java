package io.crmkit.core;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.crmkit.core.internal.Quoted;
import io.crmkit.core.internal.TextPolicy;

/**
 * The identifier of a team of users, as the host application defines teams; access policies and
 * assignment rules refer to it.
 *
 * @param value the host's team key, 1 to 128 characters, an identifier (no control character, bidi
 *     control or zero-width character, no white space at either end), never null
 * @since 0.1
 */
public record TeamId(String value) {

  /** Creates a {@code TeamId}, checking its components as the type's comment describes. */
  public TeamId {
    requireNonNull(value, "team id");
    checkArgument(
        !value.isEmpty() && value.length() <= 128,
        "team id must be 1 to 128 characters: %s",
        Quoted.of(value));
    TextPolicy.check("team id", value, TextPolicy.Kind.IDENTIFIER);
  }

  /** Returns the team id with the given key. */
  public static TeamId of(String value) {
    return new TeamId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
