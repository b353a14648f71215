package io.crmkit.core.internal.memory;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.ExternalId;
import io.crmkit.core.Page;
import io.crmkit.core.PageRequest;
import io.crmkit.core.TenantId;
import io.crmkit.core.commerce.Order;
import io.crmkit.core.commerce.OrderId;
import io.crmkit.core.contact.ContactId;
import io.crmkit.core.spi.OrderRepository;
import java.util.List;
import java.util.Optional;

/**
 * Orders in memory, with the external id as a unique key and an index by contact.
 *
 * @since 0.1
 */
public final class InMemoryOrderRepository implements OrderRepository {

  private static final String EXTERNAL_ID = "externalId";
  private static final String CONTACT = "contact";

  private final InMemoryTable<OrderId, Order> table;

  /**
   * @param store the store whose units of work cover this repository
   */
  public InMemoryOrderRepository(InMemoryStore store) {
    KeysetOrder<Order, OrderId> byId = IdOrders.byId(OrderId::of);
    table =
        new InMemoryTable<>(
            "order",
            store,
            byId,
            List.of(
                new UniqueKey<>(
                    EXTERNAL_ID,
                    order -> order.details().externalKey().map(ExternalId::key).stream().toList())),
            List.of(
                new IndexDefinition<>(
                    CONTACT, order -> List.of(order.details().contact().toString()), byId)));
  }

  @Override
  public Optional<Order> find(TenantId tenant, OrderId id) {
    return table.find(tenant, id);
  }

  @Override
  public Optional<Order> findByExternalId(TenantId tenant, ExternalId externalId) {
    return table.findUnique(tenant, EXTERNAL_ID, requireNonNull(externalId, "externalId").key());
  }

  @Override
  public Page<Order> forContact(TenantId tenant, ContactId contact, PageRequest page) {
    requireNonNull(contact, "contact");
    return table.page(tenant, CONTACT, contact.toString(), any -> true, page);
  }

  @Override
  public Page<Order> all(TenantId tenant, PageRequest page) {
    return table.page(tenant, any -> true, page);
  }

  @Override
  public void insert(Order order) {
    table.insert(order);
  }

  @Override
  public void update(Order order, long expectedVersion) {
    table.update(order, expectedVersion);
  }
}
