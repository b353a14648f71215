package io.crmkit.core.task;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.crmkit.core.Page;
import io.crmkit.core.PageRequest;
import io.crmkit.core.RecordRef;
import io.crmkit.core.RecordType;
import io.crmkit.core.UserId;
import io.crmkit.core.calendar.BusinessCalendar;
import io.crmkit.core.internal.CrmContext;
import io.crmkit.core.internal.RecordCommands;
import io.crmkit.core.spi.TaskRepository;
import io.crmkit.core.task.TaskEvent.TaskDeleted;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Creates and works tasks, answers "what is due and overdue for this user now", and lists the
 * reminders to fire in a window. Due dates like "within 3 business days" are computed on the team's
 * {@link BusinessCalendar}.
 *
 * @since 0.1
 */
public final class TaskService {

  /** The most tasks an agenda or reminder query returns. */
  public static final int MAX_RESULTS = 1000;

  private final CrmContext context;
  private final TaskRepository repository;
  private final BusinessCalendar calendar;
  private final RecordCommands<TaskId, Task> records;

  /**
   * @param context the opened CRM's context
   * @param repository where tasks are kept
   * @param calendar the team's working days and hours
   */
  public TaskService(CrmContext context, TaskRepository repository, BusinessCalendar calendar) {
    this.context = requireNonNull(context, "context");
    this.repository = requireNonNull(repository, "repository");
    this.calendar = requireNonNull(calendar, "calendar");
    this.records =
        new RecordCommands<>(
            context, RecordType.TASK, repository::find, repository::update, Task::assignee);
  }

  /** Creates a task for the acting user. */
  public Task create(TaskDetails details) {
    return create(details, context.actor());
  }

  /** Creates a task for {@code assignee}. */
  public Task create(TaskDetails details, UserId assignee) {
    requireNonNull(details, "details");
    requireNonNull(assignee, "assignee");
    TaskId id = TaskId.of(context.ids().next());
    return records.create(
        id,
        assignee,
        now -> Task.create(id, context.tenant(), details, assignee, now, context.actor()),
        repository::insert);
  }

  /**
   * Returns the instant {@code days} business days from now on the team's calendar, for "call
   * within 3 business days".
   */
  public Instant inBusinessDays(int days) {
    checkArgument(days >= 0, "business days must not be negative: %s", days);
    return calendar.plusBusinessDays(context.now(), days);
  }

  /** Returns the instant {@code duration} of working time from now on the team's calendar. */
  public Instant inBusinessTime(Duration duration) {
    requireNonNull(duration, "duration");
    return calendar.plusBusinessTime(context.now(), duration);
  }

  /** Replaces the details of open task {@code id}. */
  public Task update(TaskId id, long expectedVersion, TaskDetails details) {
    requireNonNull(details, "details");
    return records.change(
        id, expectedVersion, (task, now) -> task.update(details, now, context.actor()));
  }

  /** Gives open task {@code id} to {@code assignee}. */
  public Task reassign(TaskId id, long expectedVersion, UserId assignee) {
    return records.change(
        id, expectedVersion, (task, now) -> task.reassign(assignee, now, context.actor()));
  }

  /** Marks open task {@code id} done now. */
  public Task complete(TaskId id, long expectedVersion) {
    return records.change(id, expectedVersion, (task, now) -> task.complete(now, context.actor()));
  }

  /** Cancels open task {@code id}. */
  public Task cancel(TaskId id, long expectedVersion) {
    return records.change(id, expectedVersion, (task, now) -> task.cancel(now, context.actor()));
  }

  /** Reopens done or cancelled task {@code id}. */
  public Task reopen(TaskId id, long expectedVersion) {
    return records.change(id, expectedVersion, (task, now) -> task.reopen(now, context.actor()));
  }

  /** Deletes version {@code expectedVersion} of task {@code id}. */
  public void delete(TaskId id, long expectedVersion) {
    records.delete(
        id,
        expectedVersion,
        repository::delete,
        (deleted, now) -> new TaskDeleted(context.tenant(), deleted, now, context.actor()));
  }

  /** Returns task {@code id}, or throws {@link io.crmkit.core.NotFoundException}. */
  public Task get(TaskId id) {
    return records.get(id);
  }

  /** Returns task {@code id} if it exists. */
  public Optional<Task> find(TaskId id) {
    return records.find(id);
  }

  /**
   * Returns the agenda of {@code assignee} at {@code at}: open tasks overdue, and those due from
   * {@code at} to the end of that day in the calendar's time zone.
   */
  public TaskAgenda agenda(UserId assignee, Instant at) {
    requireNonNull(assignee, "assignee");
    requireNonNull(at, "at");
    Instant endOfDay =
        at.atZone(calendar.zone())
            .toLocalDate()
            .plusDays(1)
            .atStartOfDay(calendar.zone())
            .toInstant();
    List<Task> overdue =
        repository.openDueBetween(context.tenant(), assignee, Instant.MIN, at, MAX_RESULTS);
    List<Task> today =
        repository.openDueBetween(context.tenant(), assignee, at, endOfDay, MAX_RESULTS);
    return new TaskAgenda(
        overdue.stream().filter(records::readable).toList(),
        today.stream().filter(records::readable).toList());
  }

  /** Returns the agenda of {@code assignee} now. */
  public TaskAgenda agenda(UserId assignee) {
    return agenda(assignee, context.now());
  }

  /**
   * Returns the open tasks whose reminder falls in [{@code from}, {@code to}), for the host's
   * reminder loop: run it over consecutive windows and each reminder is returned exactly once.
   */
  public List<Task> remindersBetween(Instant from, Instant to) {
    requireNonNull(from, "from");
    requireNonNull(to, "to");
    checkArgument(!to.isBefore(from), "reminder window ends before it starts: %s to %s", from, to);
    return repository.remindersBetween(context.tenant(), from, to, MAX_RESULTS);
  }

  /** Returns a page of the tasks about {@code record}. */
  public Page<Task> about(RecordRef record, PageRequest page) {
    return records.readable(repository.about(context.tenant(), record, page));
  }
}
