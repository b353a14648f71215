package io.crmkit.core.task;

/**
 * How urgent a task is, lowest first.
 *
 * @since 0.1
 */
public enum TaskPriority {
  /** Can wait until more urgent work is done. */
  LOW,
  /** The usual priority. */
  NORMAL,
  /** To be done before normal work. */
  HIGH,
  /** To be done before anything else. */
  URGENT
}
