package io.crmkit.jpa.internal.commerce;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.DuplicateException;
import io.crmkit.core.ExternalId;
import io.crmkit.core.Page;
import io.crmkit.core.PageRequest;
import io.crmkit.core.TenantId;
import io.crmkit.core.UserId;
import io.crmkit.core.commerce.Order;
import io.crmkit.core.commerce.OrderId;
import io.crmkit.core.contact.ContactId;
import io.crmkit.core.spi.OrderRepository;
import io.crmkit.jpa.internal.JpaAggregateRepository;
import io.crmkit.jpa.internal.JpaSession;
import io.crmkit.jpa.internal.KeysetSearch;
import io.crmkit.jpa.internal.OwnerLookup;
import io.crmkit.jpa.internal.UniqueConstraint;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The JPA adapter of {@link OrderRepository}: a contact's orders are keyset pages over the index on
 * (tenant, contact, id); an import finds its order over the unique index on (tenant, external
 * system, external value).
 */
public final class JpaOrderRepository extends JpaAggregateRepository<Order, OrderId, OrderEntity>
    implements OrderRepository {

  /** The entity classes a persistence unit must manage for orders. */
  public static final List<Class<?>> MANAGED_CLASSES = List.of(OrderEntity.class);

  /** The unique constraints of the order table, by the domain key each enforces. */
  public static final List<UniqueConstraint> UNIQUE_CONSTRAINTS =
      List.of(
          new UniqueConstraint("crm_order_pk", OrderEntity.KIND, "id"),
          new UniqueConstraint("crm_order_external_uk", OrderEntity.KIND, "externalId"));

  private final KeysetSearch<OrderEntity> searches;
  private final OwnerLookup ownerLookup = new OwnerLookup(OrderEntity.class);

  /**
   * @param session the units of work the repository runs in
   */
  public JpaOrderRepository(JpaSession session) {
    super(
        session,
        OrderEntity.KIND,
        OrderEntity.class,
        OrderEntity::new,
        OrderId::value,
        CommerceMapper::write,
        CommerceMapper::read);
    this.searches = new KeysetSearch<>(session, OrderEntity.class);
  }

  @Override
  public Optional<Order> findByExternalId(TenantId tenant, ExternalId externalId) {
    requireNonNull(tenant, "tenant");
    requireNonNull(externalId, "externalId");
    return session.apply(
        em ->
            holders(em, tenant, externalId).stream()
                .findFirst()
                .flatMap(id -> find(tenant, OrderId.of(id))));
  }

  private static List<UUID> holders(EntityManager em, TenantId tenant, ExternalId key) {
    return em.createQuery(
            "select o.id from CrmOrder o where o.tenant = :tenant"
                + " and o.externalSystem = :system and o.externalValue = :value",
            UUID.class)
        .setParameter("tenant", tenant.value())
        .setParameter("system", key.system())
        .setParameter("value", key.value())
        .getResultList();
  }

  @Override
  public Map<OrderId, UserId> findOwners(TenantId tenant, Collection<OrderId> ids) {
    return owners(ownerLookup, tenant, ids);
  }

  @Override
  public Page<Order> forContact(TenantId tenant, ContactId contact, PageRequest page) {
    requireNonNull(contact, "contact");
    return searches.search(
        tenant,
        page,
        (where, cb, select, o) -> where.add(cb.equal(o.get("contact"), contact.value())),
        CommerceMapper::read);
  }

  @Override
  public Page<Order> all(TenantId tenant, PageRequest page) {
    return searches.search(tenant, page, (where, cb, select, o) -> {}, CommerceMapper::read);
  }

  @Override
  protected void requireKeysFree(EntityManager em, Order order) {
    Optional<ExternalId> key = order.details().externalKey();
    if (key.isEmpty()) {
      return;
    }
    holders(em, order.tenant(), key.get()).stream()
        .filter(holder -> !holder.equals(order.id().value()))
        .findFirst()
        .ifPresent(
            holder -> {
              throw new DuplicateException(OrderEntity.KIND, "externalId", key.get(), holder);
            });
  }
}
