package io.crmkit.core.task;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.internal.Quoted;
import io.crmkit.core.internal.TimeOrderedIdGenerator;
import java.util.UUID;

/**
 * The identity of a task: a time-ordered UUID, unique within its tenant.
 *
 * @param value the UUID, never null
 * @since 0.1
 */
public record TaskId(UUID value) implements Comparable<TaskId> {

  /** Creates a {@code TaskId}, checking its components as the type's comment describes. */
  public TaskId {
    requireNonNull(value, "task id");
  }

  /** Returns the task id with the given UUID. */
  public static TaskId of(UUID value) {
    return new TaskId(value);
  }

  /**
   * Returns the task id written as {@code text}.
   *
   * @throws IllegalArgumentException if {@code text} is not a UUID
   */
  public static TaskId parse(String text) {
    requireNonNull(text, "task id");
    try {
      return new TaskId(UUID.fromString(text));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("not a task id: " + Quoted.of(text), e);
    }
  }

  @Override
  public int compareTo(TaskId other) {
    return TimeOrderedIdGenerator.compare(value, other.value);
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
