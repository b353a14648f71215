package io.crmkit.core.task;

/**
 * What kind of work a task is.
 *
 * @since 0.1
 */
public enum TaskKind {
  /** A phone call to make. */
  CALL,
  /** An email to write. */
  EMAIL,
  /** Any other piece of work. */
  TODO,
  /** A meeting to hold. */
  MEETING
}
