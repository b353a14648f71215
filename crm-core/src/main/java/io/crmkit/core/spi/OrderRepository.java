package io.crmkit.core.spi;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.ExternalId;
import io.crmkit.core.Page;
import io.crmkit.core.PageRequest;
import io.crmkit.core.TenantId;
import io.crmkit.core.UserId;
import io.crmkit.core.commerce.Order;
import io.crmkit.core.commerce.OrderId;
import io.crmkit.core.contact.ContactId;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The port that stores orders with their lines and status histories. Every method is confined to
 * one tenant; an external id is unique within it. Lists are in id order (the order in which the CRM
 * stored them).
 *
 * <p>Adapters pass the contract suite {@code CommerceRepositoryContract} of the crm-core test-jar.
 *
 * @since 0.1
 */
public interface OrderRepository {

  /** Returns the order {@code id} of {@code tenant}. */
  Optional<Order> find(TenantId tenant, OrderId id);

  /** Returns the order of {@code tenant} with the key {@code externalId} in its source system. */
  Optional<Order> findByExternalId(TenantId tenant, ExternalId externalId);

  /**
   * Returns the owners ({@link Order#owner()}) of the orders of {@code tenant} among {@code ids},
   * by id; ids the tenant has no order for are left out (the default asks {@link #find} for each
   * id).
   */
  default Map<OrderId, UserId> findOwners(TenantId tenant, Collection<OrderId> ids) {
    requireNonNull(tenant, "tenant");
    Map<OrderId, UserId> owners = new HashMap<>();
    for (OrderId id : requireNonNull(ids, "ids")) {
      find(tenant, id).map(Order::owner).ifPresent(owner -> owners.put(id, owner));
    }
    return owners;
  }

  /** Returns a page of the orders {@code contact} placed, in id order. */
  Page<Order> forContact(TenantId tenant, ContactId contact, PageRequest page);

  /** Returns a page of every order of {@code tenant}, in id order. */
  Page<Order> all(TenantId tenant, PageRequest page);

  /**
   * Stores a new order.
   *
   * @throws io.crmkit.core.DuplicateException if its id or its external id is taken
   */
  void insert(Order order);

  /**
   * Replaces the stored version {@code expectedVersion} by {@code order}.
   *
   * @throws io.crmkit.core.NotFoundException if the order does not exist
   * @throws io.crmkit.core.ConcurrentUpdateException if the stored version differs
   * @throws io.crmkit.core.DuplicateException if its new external id is another order's
   */
  void update(Order order, long expectedVersion);
}
