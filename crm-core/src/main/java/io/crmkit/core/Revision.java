package io.crmkit.core;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * The bookkeeping every aggregate carries: its version for optimistic locking and when it was
 * created and last changed.
 *
 * @param version 1 when created, one more after each change
 * @param createdAt when the aggregate was created, never null
 * @param updatedAt when it last changed, never before {@code createdAt}
 * @since 0.1
 */
public record Revision(long version, Instant createdAt, Instant updatedAt) {

  /** Creates a {@code Revision}, checking its components as the type's comment describes. */
  public Revision {
    requireNonNull(createdAt, "createdAt");
    requireNonNull(updatedAt, "updatedAt");
    checkArgument(version >= 1, "version must be at least 1: %s", version);
    checkArgument(
        !updatedAt.isBefore(createdAt),
        "updatedAt %s is before createdAt %s",
        updatedAt,
        createdAt);
  }

  /** Returns the revision of an aggregate created at {@code at}. */
  public static Revision first(Instant at) {
    return new Revision(1, at, at);
  }

  /**
   * Returns the revision after one more change at {@code at}; a clock that went backwards does not
   * move {@code updatedAt} before {@code createdAt}.
   */
  public Revision next(Instant at) {
    Instant when = at.isBefore(createdAt) ? createdAt : at;
    return new Revision(version + 1, createdAt, when);
  }
}
