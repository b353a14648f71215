package io.crmkit.core.task;

/**
 * How urgent a task is, lowest first.
 *
 * @since 0.1
 */
public enum TaskPriority {
  LOW,
  NORMAL,
  HIGH,
  URGENT
}
