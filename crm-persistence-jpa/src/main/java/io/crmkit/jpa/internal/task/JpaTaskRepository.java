package io.crmkit.jpa.internal.task;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.Page;
import io.crmkit.core.PageRequest;
import io.crmkit.core.RecordRef;
import io.crmkit.core.TenantId;
import io.crmkit.core.UserId;
import io.crmkit.core.spi.TaskRepository;
import io.crmkit.core.task.Task;
import io.crmkit.core.task.TaskId;
import io.crmkit.core.task.TaskStatus;
import io.crmkit.jpa.internal.AggregateTable;
import io.crmkit.jpa.internal.Cursors;
import io.crmkit.jpa.internal.JpaSession;
import io.crmkit.jpa.internal.KeysetSearch;
import io.crmkit.jpa.internal.UniqueConstraint;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The JPA adapter of {@link TaskRepository}: agenda and reminder windows are range scans of the
 * indexes on (tenant, assignee, status, due) and (tenant, status, reminder).
 */
public final class JpaTaskRepository implements TaskRepository {

  private static final String KIND = "task";

  /** The entity classes a persistence unit must manage for tasks. */
  public static final List<Class<?>> MANAGED_CLASSES = List.of(TaskEntity.class);

  /** The unique constraints of the task tables, by the domain key each enforces. */
  public static final List<UniqueConstraint> UNIQUE_CONSTRAINTS =
      List.of(new UniqueConstraint("crm_task_pk", KIND, "id"));

  private final JpaSession session;
  private final AggregateTable<TaskEntity> table = new AggregateTable<>(TaskEntity.class, KIND);

  /**
   * @param session the units of work the repository runs in
   */
  public JpaTaskRepository(JpaSession session) {
    this.session = requireNonNull(session, "session");
  }

  @Override
  public Optional<Task> find(TenantId tenant, TaskId id) {
    requireNonNull(id, "id");
    return session.apply(em -> table.find(em, tenant, id.value()).map(TaskMapper::read));
  }

  @Override
  public List<Task> openDueBetween(
      TenantId tenant, UserId assignee, Instant from, Instant to, int limit) {
    requireNonNull(tenant, "tenant");
    requireNonNull(assignee, "assignee");
    requireNonNull(from, "from");
    requireNonNull(to, "to");
    return session.apply(
        em ->
            em
                .createQuery(
                    "select t from CrmTask t where t.tenant = :tenant and t.assignee = :assignee"
                        + " and t.status = :open and t.dueAt >= :from and t.dueAt < :to"
                        + " order by t.dueAt, t.id",
                    TaskEntity.class)
                .setParameter("tenant", tenant.value())
                .setParameter("assignee", assignee.value())
                .setParameter("open", TaskStatus.OPEN)
                .setParameter("from", from)
                .setParameter("to", to)
                .setMaxResults(limit)
                .getResultList()
                .stream()
                .map(TaskMapper::read)
                .toList());
  }

  @Override
  public List<Task> remindersBetween(TenantId tenant, Instant from, Instant to, int limit) {
    requireNonNull(tenant, "tenant");
    requireNonNull(from, "from");
    requireNonNull(to, "to");
    return session.apply(
        em ->
            em
                .createQuery(
                    "select t from CrmTask t where t.tenant = :tenant and t.status = :open"
                        + " and t.remindAt >= :from and t.remindAt < :to"
                        + " order by t.remindAt, t.id",
                    TaskEntity.class)
                .setParameter("tenant", tenant.value())
                .setParameter("open", TaskStatus.OPEN)
                .setParameter("from", from)
                .setParameter("to", to)
                .setMaxResults(limit)
                .getResultList()
                .stream()
                .map(TaskMapper::read)
                .toList());
  }

  @Override
  public Page<Task> about(TenantId tenant, RecordRef record, PageRequest page) {
    requireNonNull(tenant, "tenant");
    requireNonNull(record, "record");
    requireNonNull(page, "page");
    UUID after = page.cursor().map(Cursors::idAfter).orElse(null);
    return session.apply(
        em -> {
          TypedQuery<TaskEntity> query =
              em.createQuery(
                      "select t from CrmTask t join t.aboutKeys k"
                          + " where t.tenant = :tenant and k = :target"
                          + (after == null ? "" : " and t.id > :after")
                          + " order by t.id",
                      TaskEntity.class)
                  .setParameter("tenant", tenant.value())
                  .setParameter("target", TaskMapper.target(record))
                  .setMaxResults(page.size() + 1);
          if (after != null) {
            query.setParameter("after", after);
          }
          return KeysetSearch.page(
              query.getResultList(), page.size(), TaskMapper::read, t -> t.id().toString());
        });
  }

  @Override
  public void insert(Task task) {
    requireNonNull(task, "task");
    session.apply(
        em -> {
          table.requireNewId(em, task.tenant(), task.id().value());
          TaskEntity row = new TaskEntity();
          row.identify(task.tenant(), task.id().value(), task.version());
          TaskMapper.write(task, row);
          em.persist(row);
          return null;
        });
  }

  @Override
  public void update(Task task, long expectedVersion) {
    requireNonNull(task, "task");
    session.apply(
        em -> {
          TaskEntity row = table.current(em, task.tenant(), task.id().value(), expectedVersion);
          TaskMapper.write(task, row);
          session.flush(em, "updating task " + task.id());
          return null;
        });
  }

  @Override
  public void delete(TenantId tenant, TaskId id, long expectedVersion) {
    requireNonNull(id, "id");
    session.apply(
        em -> {
          em.remove(table.current(em, tenant, id.value(), expectedVersion));
          session.flush(em, "deleting task " + id);
          return null;
        });
  }
}
