package io.crmkit.core.spi;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.Page;
import io.crmkit.core.PageRequest;
import io.crmkit.core.TenantId;
import io.crmkit.core.UserId;
import io.crmkit.core.deal.Deal;
import io.crmkit.core.deal.DealId;
import io.crmkit.core.deal.DealQuery;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The port that stores deals with their stage history. Every method is confined to one tenant.
 *
 * <p>Analytics read every deal of a tenant with {@code search(tenant, DealQuery.all(), page)}, page
 * after page; a database adapter serves each page with one keyset query.
 *
 * <p>Adapters pass the contract suite {@code DealRepositoryContract} of the crm-core test-jar.
 *
 * @since 0.1
 */
public interface DealRepository {

  /** Returns the deal {@code id} of {@code tenant}. */
  Optional<Deal> find(TenantId tenant, DealId id);

  /**
   * Returns the owners of the deals of {@code tenant} among {@code ids}, by id; ids the tenant has
   * no deal for are left out. What the checks of the commands that link to deals need, for a whole
   * batch in one reading where an adapter can (the default asks {@link #find} for each id).
   *
   * @since 0.1
   */
  default Map<DealId, UserId> findOwners(TenantId tenant, Collection<DealId> ids) {
    requireNonNull(tenant, "tenant");
    Map<DealId, UserId> owners = new HashMap<>();
    for (DealId id : requireNonNull(ids, "ids")) {
      find(tenant, id).map(Deal::owner).ifPresent(owner -> owners.put(id, owner));
    }
    return owners;
  }

  /** Returns a page of the deals of {@code tenant} that match {@code query}, in id order. */
  Page<Deal> search(TenantId tenant, DealQuery query, PageRequest page);

  /** Returns the number of deals of {@code tenant} that match {@code query}. */
  long count(TenantId tenant, DealQuery query);

  /**
   * Stores a new deal.
   *
   * @throws io.crmkit.core.DuplicateException if its id is taken
   */
  void insert(Deal deal);

  /**
   * Replaces the stored version {@code expectedVersion} by {@code deal}.
   *
   * @throws io.crmkit.core.NotFoundException if the deal does not exist
   * @throws io.crmkit.core.ConcurrentUpdateException if the stored version differs
   */
  void update(Deal deal, long expectedVersion);
}
