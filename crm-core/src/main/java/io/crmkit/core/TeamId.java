package io.crmkit.core;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

/**
 * The identifier of a team of users, as the host application defines teams; access policies and
 * assignment rules refer to it.
 *
 * @param value the host's team key, 1 to 128 printable characters, never null
 * @since 0.1
 */
public record TeamId(String value) {

  public TeamId {
    requireNonNull(value, "team id");
    checkArgument(
        !value.isBlank()
            && value.length() <= 128
            && value.chars().noneMatch(Character::isISOControl),
        "team id must be 1 to 128 printable characters: '%s'",
        value);
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
