package io.crmkit.core.spi;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.Page;
import io.crmkit.core.PageRequest;
import io.crmkit.core.RecordRef;
import io.crmkit.core.TenantId;
import io.crmkit.core.UserId;
import io.crmkit.core.task.Task;
import io.crmkit.core.task.TaskId;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The port that stores tasks. Due and reminder queries return open tasks only, ordered by the
 * instant they ask about, then by id.
 *
 * <p>Adapters pass the contract suite {@code TaskRepositoryContract} of the crm-core test-jar.
 *
 * @since 0.1
 */
public interface TaskRepository {

  /** Returns the task {@code id} of {@code tenant}. */
  Optional<Task> find(TenantId tenant, TaskId id);

  /**
   * Returns the assignees of the tasks of {@code tenant} among {@code ids}, by id; ids the tenant
   * has no task for are left out. What the checks of the commands that link to tasks need, for a
   * whole batch in one reading where an adapter can (the default asks {@link #find} for each id).
   *
   * @since 0.1
   */
  default Map<TaskId, UserId> findOwners(TenantId tenant, Collection<TaskId> ids) {
    requireNonNull(tenant, "tenant");
    Map<TaskId, UserId> owners = new HashMap<>();
    for (TaskId id : requireNonNull(ids, "ids")) {
      find(tenant, id).map(Task::assignee).ifPresent(owner -> owners.put(id, owner));
    }
    return owners;
  }

  /**
   * Returns the open tasks of {@code assignee} due in [{@code from}, {@code to}), earliest due
   * first, at most {@code limit}.
   */
  List<Task> openDueBetween(TenantId tenant, UserId assignee, Instant from, Instant to, int limit);

  /**
   * Returns the open tasks of the tenant whose reminder is in [{@code from}, {@code to}), at most
   * {@code limit}.
   */
  List<Task> remindersBetween(TenantId tenant, Instant from, Instant to, int limit);

  /** Returns a page of the tasks about {@code record}, in id order. */
  Page<Task> about(TenantId tenant, RecordRef record, PageRequest page);

  /** Stores a new task. */
  void insert(Task task);

  /** Replaces the stored version {@code expectedVersion} by {@code task}. */
  void update(Task task, long expectedVersion);

  /** Deletes the stored version {@code expectedVersion} of the task {@code id}. */
  void delete(TenantId tenant, TaskId id, long expectedVersion);
}
