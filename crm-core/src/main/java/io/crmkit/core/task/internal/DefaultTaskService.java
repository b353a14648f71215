package io.crmkit.core.task.internal;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.crmkit.core.Page;
import io.crmkit.core.PageRequest;
import io.crmkit.core.RecordRef;
import io.crmkit.core.RecordType;
import io.crmkit.core.UserId;
import io.crmkit.core.calendar.BusinessCalendar;
import io.crmkit.core.internal.CrmContext;
import io.crmkit.core.internal.LinkedRecords;
import io.crmkit.core.internal.RecordCommands;
import io.crmkit.core.spi.TaskRepository;
import io.crmkit.core.task.Task;
import io.crmkit.core.task.TaskAgenda;
import io.crmkit.core.task.TaskDetails;
import io.crmkit.core.task.TaskEvent.TaskDeleted;
import io.crmkit.core.task.TaskId;
import io.crmkit.core.task.TaskService;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The {@link TaskService} of an opened CRM, over its storage and context; built by {@code Crm}
 * only.
 */
public final class DefaultTaskService implements TaskService {

  private final CrmContext context;
  private final TaskRepository repository;
  private final BusinessCalendar calendar;
  private final RecordCommands<TaskId, Task> records;
  private final LinkedRecords linked;

  /**
   * @param context the opened CRM's context
   * @param repository where tasks are kept
   * @param calendar the team's working days and hours
   * @param linked the check of the records a task is about
   */
  public DefaultTaskService(
      CrmContext context,
      TaskRepository repository,
      BusinessCalendar calendar,
      LinkedRecords linked) {
    this.linked = requireNonNull(linked, "linked");
    this.context = requireNonNull(context, "context");
    this.repository = requireNonNull(repository, "repository");
    this.calendar = requireNonNull(calendar, "calendar");
    this.records =
        new RecordCommands<>(
            context, RecordType.TASK, repository::find, repository::update, Task::assignee);
  }

  @Override
  public Task create(TaskDetails details) {
    return create(details, context.actor());
  }

  @Override
  public Task create(TaskDetails details, UserId assignee) {
    requireNonNull(details, "details");
    requireNonNull(assignee, "assignee");
    TaskId id = TaskId.of(context.ids().next());
    return records.create(
        id,
        assignee,
        now -> {
          linked.links().records(details.about()).require();
          return Task.create(id, context.tenant(), details, assignee, now, context.actor());
        },
        repository::insert);
  }

  @Override
  public Instant inBusinessDays(int days) {
    checkArgument(days >= 0, "business days must not be negative: %s", days);
    return calendar.plusBusinessDays(context.now(), days);
  }

  @Override
  public Instant inBusinessTime(Duration duration) {
    requireNonNull(duration, "duration");
    return calendar.plusBusinessTime(context.now(), duration);
  }

  @Override
  public Task update(TaskId id, long expectedVersion, TaskDetails details) {
    requireNonNull(details, "details");
    return records.change(
        id,
        expectedVersion,
        (task, now) -> {
          linked
              .links()
              .records(details.about())
              .without(linked.links().records(task.details().about()))
              .require();
          return task.update(details, now, context.actor());
        });
  }

  @Override
  public Task assign(TaskId id, long expectedVersion, UserId assignee) {
    return records.change(
        id, expectedVersion, (task, now) -> task.assign(assignee, now, context.actor()));
  }

  @Override
  public Task complete(TaskId id, long expectedVersion) {
    return records.change(id, expectedVersion, (task, now) -> task.complete(now, context.actor()));
  }

  @Override
  public Task cancel(TaskId id, long expectedVersion) {
    return records.change(id, expectedVersion, (task, now) -> task.cancel(now, context.actor()));
  }

  @Override
  public Task reopen(TaskId id, long expectedVersion) {
    return records.change(id, expectedVersion, (task, now) -> task.reopen(now, context.actor()));
  }

  @Override
  public void delete(TaskId id, long expectedVersion) {
    records.delete(
        id,
        expectedVersion,
        repository::delete,
        (deleted, now) -> new TaskDeleted(context.tenant(), deleted, now, context.actor()));
  }

  @Override
  public Task get(TaskId id) {
    return records.get(id);
  }

  @Override
  public Optional<Task> find(TaskId id) {
    return records.find(id);
  }

  @Override
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

  @Override
  public TaskAgenda agenda(UserId assignee) {
    return agenda(assignee, context.now());
  }

  @Override
  public List<Task> remindersBetween(Instant from, Instant to) {
    requireNonNull(from, "from");
    requireNonNull(to, "to");
    checkArgument(!to.isBefore(from), "reminder window ends before it starts: %s to %s", from, to);
    return repository.remindersBetween(context.tenant(), from, to, MAX_RESULTS);
  }

  @Override
  public Page<Task> about(RecordRef record, PageRequest page) {
    return records.readable(repository.about(context.tenant(), record, page));
  }
}
