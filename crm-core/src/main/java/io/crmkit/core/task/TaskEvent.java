package io.crmkit.core.task;

import io.crmkit.core.DomainEvent;
import io.crmkit.core.TenantId;
import io.crmkit.core.UserId;
import java.time.Instant;

/**
 * Something that happened to a task.
 *
 * @since 0.1
 */
public sealed interface TaskEvent extends DomainEvent {

  /** Returns the task. */
  TaskId taskId();

  @Override
  default String aggregateId() {
    return taskId().toString();
  }

  /** A task was created for {@code assignee}. */
  record TaskCreated(
      TenantId tenant, TaskId taskId, UserId assignee, Instant dueAt, Instant occurredAt, UserId by)
      implements TaskEvent {}

  /** A task's details were changed. */
  record TaskUpdated(TenantId tenant, TaskId taskId, Instant occurredAt, UserId by)
      implements TaskEvent {}

  /** A task was given to another assignee. */
  record TaskAssigneeChanged(
      TenantId tenant, TaskId taskId, UserId from, UserId to, Instant occurredAt, UserId by)
      implements TaskEvent {}

  /** A task moved from one status to another (done, cancelled, reopened). */
  record TaskStatusChanged(
      TenantId tenant, TaskId taskId, TaskStatus from, TaskStatus to, Instant occurredAt, UserId by)
      implements TaskEvent {}

  /** A task was deleted. */
  record TaskDeleted(TenantId tenant, TaskId taskId, Instant occurredAt, UserId by)
      implements TaskEvent {}
}
