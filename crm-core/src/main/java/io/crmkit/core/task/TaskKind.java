package io.crmkit.core.task;

/**
 * What kind of work a task is.
 *
 * @since 0.1
 */
public enum TaskKind {
  CALL,
  EMAIL,
  TODO,
  MEETING
}
