package io.crmkit.core.deal;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.internal.Quoted;
import io.crmkit.core.internal.TimeOrderedIdGenerator;
import java.util.UUID;

/**
 * The identity of a stage of a pipeline: a UUID that stays the same when the stage is renamed or
 * moved, so that deal histories keep pointing at it.
 *
 * @param value the UUID, never null
 * @since 0.1
 */
public record StageId(UUID value) implements Comparable<StageId> {

  /** Creates a {@code StageId}, checking its components as the type's comment describes. */
  public StageId {
    requireNonNull(value, "stage id");
  }

  /** Returns the stage id with the given UUID. */
  public static StageId of(UUID value) {
    return new StageId(value);
  }

  /**
   * Returns a new random stage id. Stage ids need no time order: a pipeline keeps its stages in the
   * order the tenant chose.
   */
  public static StageId random() {
    return new StageId(UUID.randomUUID());
  }

  /**
   * Returns the stage id written as {@code text}.
   *
   * @throws IllegalArgumentException if {@code text} is not a UUID
   */
  public static StageId parse(String text) {
    requireNonNull(text, "stage id");
    try {
      return new StageId(UUID.fromString(text));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("not a stage id: " + Quoted.of(text), e);
    }
  }

  @Override
  public int compareTo(StageId other) {
    return TimeOrderedIdGenerator.compare(value, other.value);
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
