package io.crmkit.core.task;

import java.util.List;

/**
 * A user's work at an instant: the open tasks already overdue, and those due later the same day.
 *
 * @param overdue open tasks due before the instant, earliest first
 * @param dueToday open tasks due from the instant to the end of its day, earliest first
 * @since 0.1
 */
public record TaskAgenda(List<Task> overdue, List<Task> dueToday) {

  /** Creates a {@code TaskAgenda}, checking its components as the type's comment describes. */
  public TaskAgenda {
    overdue = List.copyOf(overdue);
    dueToday = List.copyOf(dueToday);
  }
}
