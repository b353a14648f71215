package io.crmkit.core.internal.memory;

import io.crmkit.core.Page;
import io.crmkit.core.PageRequest;
import io.crmkit.core.RecordRef;
import io.crmkit.core.TenantId;
import io.crmkit.core.UserId;
import io.crmkit.core.spi.TaskRepository;
import io.crmkit.core.task.DuePosition;
import io.crmkit.core.task.Task;
import io.crmkit.core.task.TaskId;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Tasks in memory: each assignee's open tasks kept in due order and the tenant's pending reminders
 * in reminder order, so agenda and reminder queries read only what they return.
 *
 * @since 0.1
 */
public final class InMemoryTaskRepository implements TaskRepository {

  private static final String OPEN_BY_ASSIGNEE = "openByAssignee";
  private static final String REMINDERS = "reminders";
  private static final String ABOUT = "about";
  private static final String ALL = "all";

  private final InMemoryTable<TaskId, Task> table;

  /**
   * @param store the store whose units of work cover this repository
   */
  public InMemoryTaskRepository(InMemoryStore store) {
    KeysetOrder<Task, TaskId> byId = IdOrders.byId(TaskId::of);
    KeysetOrder<Task, DuePosition> byDue =
        new KeysetOrder<>(
            t -> new DuePosition(t.details().dueAt(), t.id()),
            Comparator.naturalOrder(),
            DuePosition::encode,
            DuePosition::decode);
    KeysetOrder<Task, DuePosition> byReminder =
        new KeysetOrder<>(
            t -> new DuePosition(t.details().reminder().orElse(Instant.MAX), t.id()),
            Comparator.naturalOrder(),
            DuePosition::encode,
            DuePosition::decode);
    table =
        new InMemoryTable<>(
            "task",
            store,
            byId,
            List.of(),
            List.of(
                new IndexDefinition<>(
                    OPEN_BY_ASSIGNEE,
                    t -> t.isOpen() ? List.of(t.assignee().value()) : List.of(),
                    byDue),
                new IndexDefinition<>(
                    REMINDERS,
                    t ->
                        t.isOpen() && t.details().reminder().isPresent() ? List.of(ALL) : List.of(),
                    byReminder),
                new IndexDefinition<>(
                    ABOUT,
                    t -> t.details().about().stream().map(Object::toString).toList(),
                    byId)));
  }

  @Override
  public Optional<Task> find(TenantId tenant, TaskId id) {
    return table.find(tenant, id);
  }

  @Override
  public List<Task> openDueBetween(
      TenantId tenant, UserId assignee, Instant from, Instant to, int limit) {
    return table.scan(
        tenant,
        OPEN_BY_ASSIGNEE,
        assignee.value(),
        DuePosition.startOf(from),
        t -> t.details().dueAt().isBefore(to),
        limit);
  }

  @Override
  public List<Task> remindersBetween(TenantId tenant, Instant from, Instant to, int limit) {
    return table.scan(
        tenant,
        REMINDERS,
        ALL,
        DuePosition.startOf(from),
        t -> t.details().reminder().orElseThrow().isBefore(to),
        limit);
  }

  @Override
  public Page<Task> about(TenantId tenant, RecordRef record, PageRequest page) {
    return table.page(tenant, ABOUT, record.toString(), any -> true, page);
  }

  @Override
  public void insert(Task task) {
    table.insert(task);
  }

  @Override
  public void update(Task task, long expectedVersion) {
    table.update(task, expectedVersion);
  }

  @Override
  public void delete(TenantId tenant, TaskId id, long expectedVersion) {
    table.delete(tenant, id, expectedVersion);
  }
}
