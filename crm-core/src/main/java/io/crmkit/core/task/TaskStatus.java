package io.crmkit.core.task;

/**
 * Where a task stands: open until it is done or cancelled; a closed task can be reopened.
 *
 * @since 0.1
 */
public enum TaskStatus {
  OPEN,
  DONE,
  CANCELLED
}
