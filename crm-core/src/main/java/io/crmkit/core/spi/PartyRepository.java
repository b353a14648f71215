package io.crmkit.core.spi;

import io.crmkit.core.ExternalId;
import io.crmkit.core.Page;
import io.crmkit.core.PageRequest;
import io.crmkit.core.TenantId;
import io.crmkit.core.UserId;
import io.crmkit.core.party.Party;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The part of the ports that store parties (contacts and companies) which both share. Every method
 * is confined to one tenant; each external id is unique within a tenant, and so is a contact's
 * primary email.
 *
 * @param <I> the id type
 * @param <P> the party type
 * @param <Q> the query type
 * @since 0.1
 */
public interface PartyRepository<I extends Comparable<I>, P extends Party<I, ?, P>, Q> {

  /** Returns the party {@code id} of {@code tenant}. */
  Optional<P> find(TenantId tenant, I id);

  /**
   * Returns the owner of the party {@code id} of {@code tenant}, or empty if the tenant has no such
   * party: what an access check on a record that links to it needs, without reading the whole
   * party. Adapters that read records from elsewhere answer it from the owner alone.
   */
  default Optional<UserId> findOwner(TenantId tenant, I id) {
    return find(tenant, id).map(Party::owner);
  }

  /**
   * Returns the owners of the parties of {@code tenant} among {@code ids}, by id; ids the tenant
   * has no party for are left out. What the access checks of a batch of records that link to
   * parties need, in one reading where an adapter can (the default asks {@link #findOwner} for each
   * id).
   */
  default Map<I, UserId> findOwners(TenantId tenant, Collection<I> ids) {
    Map<I, UserId> owners = new HashMap<>();
    for (I id : ids) {
      findOwner(tenant, id).ifPresent(owner -> owners.put(id, owner));
    }
    return owners;
  }

  /** Returns the party of {@code tenant} with the key {@code externalId}. */
  Optional<P> findByExternalId(TenantId tenant, ExternalId externalId);

  /** Returns a page of the parties of {@code tenant} that match {@code query}, in id order. */
  Page<P> search(TenantId tenant, Q query, PageRequest page);

  /** Returns the number of parties of {@code tenant}, archived ones included. */
  long count(TenantId tenant);

  /**
   * Stores a new party.
   *
   * @throws io.crmkit.core.DuplicateException if its id or a unique key (an external id, a
   *     contact's primary email) is taken
   */
  void insert(P party);

  /**
   * Replaces the stored version {@code expectedVersion} by {@code party}.
   *
   * @throws io.crmkit.core.NotFoundException if the party does not exist
   * @throws io.crmkit.core.ConcurrentUpdateException if the stored version differs
   * @throws io.crmkit.core.DuplicateException if a unique key is taken by another party
   */
  void update(P party, long expectedVersion);

  /**
   * Deletes the stored version {@code expectedVersion} of the party {@code id}.
   *
   * @throws io.crmkit.core.NotFoundException if the party does not exist
   * @throws io.crmkit.core.ConcurrentUpdateException if the stored version differs
   */
  void delete(TenantId tenant, I id, long expectedVersion);
}
