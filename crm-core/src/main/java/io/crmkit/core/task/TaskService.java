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
 * Creates and works tasks, answers "what is due and overdue for this user now", and lists the
 * reminders to fire in a window. Due dates like "within 3 business days" are computed on the team's
 * {@link BusinessCalendar}.
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

  /** Gives open task {@code id} to {@code assignee}. */
  Task reassign(TaskId id, long expectedVersion, UserId assignee);

  /** Marks open task {@code id} done now. */
  Task complete(TaskId id, long expectedVersion);

  /** Cancels open task {@code id}. */
  Task cancel(TaskId id, long expectedVersion);

  /** Reopens done or cancelled task {@code id}. */
  Task reopen(TaskId id, long expectedVersion);

  /** Deletes version {@code expectedVersion} of task {@code id}. */
  void delete(TaskId id, long expectedVersion);

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
