package io.crmkit.core.timeline;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.internal.Quoted;
import io.crmkit.core.internal.TimeOrderedIdGenerator;
import java.util.UUID;

/**
 * The identity of an activity: a time-ordered UUID, unique within its tenant.
 *
 * @param value the UUID, never null
 * @since 0.1
 */
public record ActivityId(UUID value) implements Comparable<ActivityId> {

  /** Creates an {@code ActivityId}, checking its components as the type's comment describes. */
  public ActivityId {
    requireNonNull(value, "activity id");
  }

  /** Returns the activity id with the given UUID. */
  public static ActivityId of(UUID value) {
    return new ActivityId(value);
  }

  /**
   * Returns the activity id written as {@code text}.
   *
   * @throws IllegalArgumentException if {@code text} is not a UUID
   */
  public static ActivityId parse(String text) {
    requireNonNull(text, "activity id");
    try {
      return new ActivityId(UUID.fromString(text));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("not a activity id: " + Quoted.of(text), e);
    }
  }

  @Override
  public int compareTo(ActivityId other) {
    return TimeOrderedIdGenerator.compare(value, other.value);
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
