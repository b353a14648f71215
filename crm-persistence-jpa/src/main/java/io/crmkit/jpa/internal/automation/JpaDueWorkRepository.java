package io.crmkit.jpa.internal.automation;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;
import static java.util.Objects.requireNonNull;

import io.crmkit.core.TenantId;
import io.crmkit.core.automation.DueItem;
import io.crmkit.core.automation.DueState;
import io.crmkit.core.spi.DueWorkRepository;
import io.crmkit.jpa.internal.JpaSession;
import io.crmkit.jpa.internal.StoredInstants;
import io.crmkit.jpa.internal.UniqueConstraint;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The JPA adapter of {@link DueWorkRepository}. Claims are native queries ending in {@code FOR
 * UPDATE SKIP LOCKED} (JPQL has no {@code SKIP LOCKED}; PostgreSQL, MariaDB 10.6+ and H2 2.x all
 * accept the same text): a runner locks the due rows no other runner holds and keeps them locked
 * until its unit of work commits the items' effects with their new state.
 */
public final class JpaDueWorkRepository implements DueWorkRepository {

  /** The entity classes a persistence unit must manage for due work. */
  public static final List<Class<?>> MANAGED_CLASSES = List.of(DueItemEntity.class);

  /** The unique constraint of the due-item table: one item per tenant and key. */
  public static final List<UniqueConstraint> UNIQUE_CONSTRAINTS =
      List.of(new UniqueConstraint("crm_due_item_pk", "due item", "idempotency key"));

  private static final String CLAIM_DUE =
      "select * from crm_due_item where tenant_id = ?1 and state = 'PENDING' and due_at <= ?2"
          + " order by due_at, idem_key limit ?3 for update skip locked";

  private static final String CLAIM_KEY =
      "select * from crm_due_item where tenant_id = ?1 and idem_key = ?2 and state = 'PENDING'"
          + " for update skip locked";

  private final JpaSession session;

  /**
   * @param session the units of work the repository runs in
   */
  public JpaDueWorkRepository(JpaSession session) {
    this.session = requireNonNull(session, "session");
  }

  @Override
  public boolean add(DueItem item) {
    requireNonNull(item, "item");
    return session.apply(
        em -> {
          if (em.find(DueItemEntity.class, new DueItemKey(item.tenant().value(), item.key()))
              != null) {
            return false;
          }
          em.persist(new DueItemEntity(item));
          return true;
        });
  }

  @Override
  public List<DueItem> claim(TenantId tenant, Instant dueBy, int limit) {
    requireNonNull(tenant, "tenant");
    requireNonNull(dueBy, "dueBy");
    checkArgument(limit >= 1 && limit <= 10_000, "claim limit must be 1 to 10000: %s", limit);
    return session.apply(
        em -> {
          // the claimed rows become managed entities, which finish() then changes in place
          List<?> rows =
              em.createNativeQuery(CLAIM_DUE, DueItemEntity.class)
                  .setParameter(1, tenant.value())
                  .setParameter(2, StoredInstants.bounded(dueBy))
                  .setParameter(3, limit)
                  .getResultList();
          return rows.stream().map(row -> ((DueItemEntity) row).toItem()).toList();
        });
  }

  @Override
  public Optional<DueItem> claim(TenantId tenant, String key) {
    requireNonNull(tenant, "tenant");
    requireNonNull(key, "key");
    return session.apply(
        em -> {
          List<?> rows =
              em.createNativeQuery(CLAIM_KEY, DueItemEntity.class)
                  .setParameter(1, tenant.value())
                  .setParameter(2, key)
                  .getResultList();
          return rows.stream().map(row -> ((DueItemEntity) row).toItem()).findFirst();
        });
  }

  @Override
  public void finish(DueItem item) {
    requireNonNull(item, "item");
    session.apply(
        em -> {
          DueItemEntity row =
              em.find(DueItemEntity.class, new DueItemKey(item.tenant().value(), item.key()));
          checkState(
              row != null && row.state == DueState.PENDING,
              "due item %s is not pending",
              item.key());
          row.copyState(item);
          return null;
        });
  }

  @Override
  public List<DueItem> concerning(TenantId tenant, String prefix, int limit) {
    requireNonNull(tenant, "tenant");
    requireNonNull(prefix, "prefix");
    checkArgument(limit >= 1 && limit <= 10_000, "limit must be 1 to 10000: %s", limit);
    // '!' escapes: a backslash is itself an escape in MariaDB's string literals
    String pattern = prefix.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
    return session.apply(
        em ->
            em
                .createQuery(
                    "select d from CrmDueItem d where d.tenant = :tenant"
                        + " and d.subject like :pattern escape '!'"
                        + " order by d.dueAt, d.key",
                    DueItemEntity.class)
                .setParameter("tenant", tenant.value())
                .setParameter("pattern", pattern)
                .setMaxResults(limit)
                .getResultList()
                .stream()
                .map(DueItemEntity::toItem)
                .toList());
  }

  @Override
  public Optional<DueItem> find(TenantId tenant, String key) {
    requireNonNull(tenant, "tenant");
    requireNonNull(key, "key");
    return session.apply(
        em ->
            Optional.ofNullable(em.find(DueItemEntity.class, new DueItemKey(tenant.value(), key)))
                .map(DueItemEntity::toItem));
  }
}
