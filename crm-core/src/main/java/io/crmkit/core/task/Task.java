package io.crmkit.core.task;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.Aggregate;
import io.crmkit.core.Changed;
import io.crmkit.core.RecordRef;
import io.crmkit.core.Revision;
import io.crmkit.core.TenantId;
import io.crmkit.core.UserId;
import io.crmkit.core.statemachine.IllegalTransitionException;
import io.crmkit.core.statemachine.StateMachine;
import io.crmkit.core.statemachine.Transition;
import io.crmkit.core.task.TaskEvent.TaskAssigneeChanged;
import io.crmkit.core.task.TaskEvent.TaskCreated;
import io.crmkit.core.task.TaskEvent.TaskStatusChanged;
import io.crmkit.core.task.TaskEvent.TaskUpdated;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A piece of follow-up work assigned to a user: its details, assignee, status and, once done, when
 * it was completed. Only open tasks can be edited; done and cancelled ones can be reopened.
 *
 * @since 0.1
 */
public final class Task implements Aggregate<TaskId> {

  /** What can happen to a task's status. */
  enum Command {
    COMPLETE,
    CANCEL,
    REOPEN
  }

  static final StateMachine<TaskStatus, Command, Task> STATUS =
      StateMachine.<TaskStatus, Command, Task>builder("task status")
          .initial(TaskStatus.OPEN)
          .states(TaskStatus.values())
          .terminal(TaskStatus.DONE, TaskStatus.CANCELLED)
          .transition(TaskStatus.OPEN, Command.COMPLETE, TaskStatus.DONE)
          .transition(TaskStatus.OPEN, Command.CANCEL, TaskStatus.CANCELLED)
          .reopen(TaskStatus.DONE, Command.REOPEN, TaskStatus.OPEN)
          .reopen(TaskStatus.CANCELLED, Command.REOPEN, TaskStatus.OPEN)
          .build();

  private final TaskId id;
  private final TenantId tenant;
  private final Revision revision;
  private final TaskDetails details;
  private final UserId assignee;
  private final TaskStatus status;
  private final @Nullable Instant completedAt;

  private Task(
      TaskId id,
      TenantId tenant,
      Revision revision,
      TaskDetails details,
      UserId assignee,
      TaskStatus status,
      @Nullable Instant completedAt) {
    this.id = requireNonNull(id, "id");
    this.tenant = requireNonNull(tenant, "tenant");
    this.revision = requireNonNull(revision, "revision");
    this.details = requireNonNull(details, "details");
    this.assignee = requireNonNull(assignee, "assignee");
    this.status = requireNonNull(status, "status");
    if ((status == TaskStatus.DONE) != (completedAt != null)) {
      throw new IllegalArgumentException(
          "task " + id + ": completedAt must be set exactly when done");
    }
    this.completedAt = completedAt;
  }

  /** Creates an open task for {@code assignee}. */
  public static Changed<Task> create(
      TaskId id, TenantId tenant, TaskDetails details, UserId assignee, Instant at, UserId by) {
    Task task = new Task(id, tenant, Revision.first(at), details, assignee, TaskStatus.OPEN, null);
    return Changed.of(task, new TaskCreated(tenant, id, assignee, details.dueAt(), at, by));
  }

  /** Rebuilds a task from storage; for persistence adapters. */
  public static Task restore(
      TaskId id,
      TenantId tenant,
      Revision revision,
      TaskDetails details,
      UserId assignee,
      TaskStatus status,
      @Nullable Instant completedAt) {
    return new Task(id, tenant, revision, details, assignee, status, completedAt);
  }

  /**
   * Replaces the details of an open task.
   *
   * @throws IllegalTransitionException if the task is closed
   */
  public Changed<Task> update(TaskDetails newDetails, Instant at, UserId by) {
    requireOpen("update");
    return Changed.of(
        new Task(id, tenant, revision.next(at), newDetails, assignee, status, completedAt),
        new TaskUpdated(tenant, id, at, by));
  }

  /**
   * Replaces the records a task, open or closed, is about, when they are merged or unmerged;
   * nothing else of the task changes.
   */
  public Changed<Task> relink(Set<RecordRef> about, Instant at, UserId by) {
    TaskDetails relinked =
        new TaskDetails(
            details.title(),
            details.kind(),
            details.description(),
            details.dueAt(),
            details.remindAt(),
            details.priority(),
            about);
    return Changed.of(
        new Task(id, tenant, revision.next(at), relinked, assignee, status, completedAt),
        new TaskUpdated(tenant, id, at, by));
  }

  /** Gives an open task to another assignee; the same assignee changes nothing. */
  public Changed<Task> assign(UserId newAssignee, Instant at, UserId by) {
    requireNonNull(newAssignee, "newAssignee");
    requireOpen("reassign");
    if (newAssignee.equals(assignee)) {
      return new Changed<>(this, List.of());
    }
    return Changed.of(
        new Task(id, tenant, revision.next(at), details, newAssignee, status, completedAt),
        new TaskAssigneeChanged(tenant, id, assignee, newAssignee, at, by));
  }

  /** Marks an open task done at {@code at}. */
  public Changed<Task> complete(Instant at, UserId by) {
    return move(Command.COMPLETE, at, by);
  }

  /** Cancels an open task. */
  public Changed<Task> cancel(Instant at, UserId by) {
    return move(Command.CANCEL, at, by);
  }

  /** Reopens a done or cancelled task. */
  public Changed<Task> reopen(Instant at, UserId by) {
    return move(Command.REOPEN, at, by);
  }

  private Changed<Task> move(Command command, Instant at, UserId by) {
    Transition<TaskStatus, Command> transition = STATUS.fire(status, command, this, at, by);
    TaskStatus next = transition.state();
    Task moved =
        new Task(
            id,
            tenant,
            revision.next(at),
            details,
            assignee,
            next,
            next == TaskStatus.DONE ? at : null);
    return Changed.of(moved, new TaskStatusChanged(tenant, id, status, next, at, by));
  }

  private void requireOpen(String action) {
    if (status != TaskStatus.OPEN) {
      throw new IllegalTransitionException(
          STATUS.name(), status, action, STATUS.allowedEvents(status));
    }
  }

  @Override
  public TaskId id() {
    return id;
  }

  @Override
  public TenantId tenant() {
    return tenant;
  }

  @Override
  public long version() {
    return revision.version();
  }

  /** Returns its version and when it was created and last changed. */
  public Revision revision() {
    return revision;
  }

  /** Returns what the task asks. */
  public TaskDetails details() {
    return details;
  }

  /** Returns who is to do it. */
  public UserId assignee() {
    return assignee;
  }

  /** Returns its status. */
  public TaskStatus status() {
    return status;
  }

  /** Returns whether it is still to be done. */
  public boolean isOpen() {
    return status == TaskStatus.OPEN;
  }

  /** Returns when it was completed, if it is done. */
  public Optional<Instant> completedAt() {
    return Optional.ofNullable(completedAt);
  }

  /** Returns whether it is open and was due before {@code at}. */
  public boolean isOverdueAt(Instant at) {
    return isOpen() && details.dueAt().isBefore(at);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Task that
        && id.equals(that.id)
        && tenant.equals(that.tenant)
        && revision.equals(that.revision)
        && details.equals(that.details)
        && assignee.equals(that.assignee)
        && status == that.status
        && Objects.equals(completedAt, that.completedAt);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, tenant, revision.version());
  }

  @Override
  public String toString() {
    return "Task[" + id + " '" + details.title() + "' " + status + " due " + details.dueAt() + "]";
  }
}
