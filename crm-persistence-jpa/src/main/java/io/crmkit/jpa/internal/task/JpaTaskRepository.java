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
import io.crmkit.jpa.internal.Cursors;
import io.crmkit.jpa.internal.JpaAggregateRepository;
import io.crmkit.jpa.internal.JpaSession;
import io.crmkit.jpa.internal.KeysetSearch;
import io.crmkit.jpa.internal.OwnerLookup;
import io.crmkit.jpa.internal.StoredInstants;
import io.crmkit.jpa.internal.UniqueConstraint;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The JPA adapter of {@link TaskRepository}: agenda and reminder windows are range scans of the
 * indexes on (tenant, assignee, status, due) and (tenant, status, reminder).
 */
public final class JpaTaskRepository extends JpaAggregateRepository<Task, TaskId, TaskEntity>
    implements TaskRepository {

  /** The entity classes a persistence unit must manage for tasks. */
  public static final List<Class<?>> MANAGED_CLASSES = List.of(TaskEntity.class);

  /** The unique constraints of the task tables, by the domain key each enforces. */
  public static final List<UniqueConstraint> UNIQUE_CONSTRAINTS =
      List.of(new UniqueConstraint("crm_task_pk", TaskEntity.KIND, "id"));

  private final OwnerLookup ownerLookup = new OwnerLookup(TaskEntity.class, "assignee");

  /**
   * @param session the units of work the repository runs in
   */
  public JpaTaskRepository(JpaSession session) {
    super(
        session,
        TaskEntity.KIND,
        TaskEntity.class,
        TaskEntity::new,
        TaskId::value,
        TaskMapper::write,
        TaskMapper::read);
  }

  @Override
  public List<Task> openDueBetween(
      TenantId tenant, UserId assignee, Instant from, Instant to, int limit) {
    requireNonNull(tenant, "tenant");
    requireNonNull(assignee, "assignee");
    return openIn(tenant, assignee, "dueAt", from, to, limit);
  }

  @Override
  public List<Task> remindersBetween(TenantId tenant, Instant from, Instant to, int limit) {
    requireNonNull(tenant, "tenant");
    return openIn(tenant, null, "remindAt", from, to, limit);
  }

  /**
   * Returns up to {@code limit} open tasks of {@code tenant} (of {@code assignee} only, unless
   * null) whose {@code instant} attribute ({@code dueAt} or {@code remindAt}) falls in [{@code
   * from}, {@code to}), in that instant's order: the range scan of the agenda's or the reminders'
   * index.
   */
  private List<Task> openIn(
      TenantId tenant,
      @Nullable UserId assignee,
      String instant,
      Instant from,
      Instant to,
      int limit) {
    requireNonNull(from, "from");
    requireNonNull(to, "to");
    String jpql =
        "select t from CrmTask t where t.tenant = :tenant"
            + (assignee == null ? "" : " and t.assignee = :assignee")
            + (" and t.status = :open and t." + instant + " >= :from and t." + instant + " < :to")
            + (" order by t." + instant + ", t.id");
    return session.apply(
        em -> {
          TypedQuery<TaskEntity> query =
              em.createQuery(jpql, TaskEntity.class).setParameter("tenant", tenant.value());
          if (assignee != null) {
            query.setParameter("assignee", assignee.value());
          }
          return query
              .setParameter("open", TaskStatus.OPEN)
              .setParameter("from", StoredInstants.bounded(from))
              .setParameter("to", StoredInstants.bounded(to))
              .setMaxResults(limit)
              .getResultList()
              .stream()
              .map(TaskMapper::read)
              .toList();
        });
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
  public void delete(TenantId tenant, TaskId id, long expectedVersion) {
    requireNonNull(id, "id");
    remove(tenant, id, expectedVersion);
  }

  @Override
  public Map<TaskId, UserId> findOwners(TenantId tenant, Collection<TaskId> ids) {
    // the assignees alone, for a batch of links in one query per hundred ids
    return owners(ownerLookup, tenant, ids);
  }
}
