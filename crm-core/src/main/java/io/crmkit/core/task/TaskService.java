package io.crmkit.core.task;

import io.crmkit.core.Page;
import io.crmkit.core.PageRequest;
import io.crmkit.core.RecordRef;
import io.crmkit.core.UserId;
import io.crmkit.core.calendar.BusinessCalendar;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The tasks and reminders of one opened CRM, as a service: it creates and works tasks, answers
 * "what is due and overdue for this user now", and lists the reminders to fire in a window. Due
 * dates like "within 3 business days" are computed on the team's {@link BusinessCalendar}.
 *
 * <pre>{@code
 * Task call = crm.tasks().create(
 *     TaskDetails.builder().title("Call Ana").dueAt(crm.tasks().inBusinessDays(3)).build());
 * TaskAgenda today = crm.tasks().agenda(crm.actor());
 * call = crm.tasks().complete(call);
 * }</pre>
 *
 * <p>Every command on a task takes either its id and the version it was read at, or the task as
 * read; a stale version fails with {@link io.crmkit.core.ConcurrentUpdateException}.
 *
 * <p>Linked records: every record a task is {@linkplain TaskDetails#about() about} (a contact,
 * company, deal, lead, task or activity) must exist in the acting tenant and be readable by the
 * actor under the access policy, or {@code create} and {@code update} fail with {@link
 * io.crmkit.core.NotFoundException} naming the kind and the id ({@link
 * io.crmkit.core.AccessDeniedException} for an unreadable one) and write nothing; a reference to a
 * ticket is looked up in the storage's tickets. An update checks the records it adds. The assignee
 * is a user, not a record, and is not looked up.
 *
 * <p>Reached through {@link io.crmkit.core.Crm#tasks()}.
 *
 * @since 0.1
 */
public interface TaskService {

  /** The most tasks an agenda or reminder query returns. */
  int MAX_RESULTS = 1000;

  /** Creates a task for the acting user. */
  Task create(TaskDetails details);

  /** Creates a task for {@code assignee}. */
  Task create(TaskDetails details, UserId assignee);

  /**
   * Returns the instant {@code days} business days from now on the team's calendar, for "call
   * within 3 business days".
   */
  Instant inBusinessDays(int days);

  /** Returns the instant {@code duration} of working time from now on the team's calendar. */
  Instant inBusinessTime(Duration duration);

  /** Replaces the details of open task {@code id}. */
  Task update(TaskId id, long expectedVersion, TaskDetails details);

  /** As {@link #update(TaskId, long, TaskDetails)}, for {@code task} at the version it was read. */
  default Task update(Task task, TaskDetails details) {
    return update(task.id(), task.version(), details);
  }

  /** Gives open task {@code id} to {@code assignee}. */
  Task assign(TaskId id, long expectedVersion, UserId assignee);

  /** As {@link #assign(TaskId, long, UserId)}, for {@code task} at the version it was read. */
  default Task assign(Task task, UserId assignee) {
    return assign(task.id(), task.version(), assignee);
  }

  /** Marks open task {@code id} done now. */
  Task complete(TaskId id, long expectedVersion);

  /** As {@link #complete(TaskId, long)}, for {@code task} at the version it was read. */
  default Task complete(Task task) {
    return complete(task.id(), task.version());
  }

  /** Cancels open task {@code id}. */
  Task cancel(TaskId id, long expectedVersion);

  /** As {@link #cancel(TaskId, long)}, for {@code task} at the version it was read. */
  default Task cancel(Task task) {
    return cancel(task.id(), task.version());
  }

  /** Reopens done or cancelled task {@code id}. */
  Task reopen(TaskId id, long expectedVersion);

  /** As {@link #reopen(TaskId, long)}, for {@code task} at the version it was read. */
  default Task reopen(Task task) {
    return reopen(task.id(), task.version());
  }

  /** Deletes version {@code expectedVersion} of task {@code id}. */
  void delete(TaskId id, long expectedVersion);

  /** As {@link #delete(TaskId, long)}, for {@code task} at the version it was read. */
  default void delete(Task task) {
    delete(task.id(), task.version());
  }

  /** Returns task {@code id}, or throws {@link io.crmkit.core.NotFoundException}. */
  Task get(TaskId id);

  /** Returns task {@code id} if it exists. */
  Optional<Task> find(TaskId id);

  /**
   * Returns the agenda of {@code assignee} at {@code at}: open tasks overdue, and those due from
   * {@code at} to the end of that day in the calendar's time zone.
   */
  TaskAgenda agenda(UserId assignee, Instant at);

  /** Returns the agenda of {@code assignee} now. */
  TaskAgenda agenda(UserId assignee);

  /**
   * Returns the open tasks whose reminder falls in [{@code from}, {@code to}), for the host's
   * reminder loop: run it over consecutive windows and each reminder is returned exactly once.
   */
  List<Task> remindersBetween(Instant from, Instant to);

  /** Returns a page of the tasks about {@code record}. */
  Page<Task> about(RecordRef record, PageRequest page);
}
