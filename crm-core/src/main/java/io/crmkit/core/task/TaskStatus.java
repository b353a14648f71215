package io.crmkit.core.task;

/**
 * Where a task stands: open until it is done or cancelled; a closed task can be reopened.
 *
 * @since 0.1
 */
public enum TaskStatus {
  /** Still to be done. */
  OPEN,
  /** Completed. */
  DONE,
  /** Given up: no longer to be done, and not done. */
  CANCELLED
}
