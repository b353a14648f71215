package io.crmkit.core.spi;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.Page;
import io.crmkit.core.PageRequest;
import io.crmkit.core.TenantId;
import io.crmkit.core.UserId;
import io.crmkit.core.lead.Lead;
import io.crmkit.core.lead.LeadId;
import io.crmkit.core.lead.LeadQuery;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The port that stores leads with their status history. Every method is confined to one tenant.
 *
 * <p>Adapters pass the contract suite {@code LeadRepositoryContract} of the crm-core test-jar.
 *
 * @since 0.1
 */
public interface LeadRepository {

  /** Returns the lead {@code id} of {@code tenant}. */
  Optional<Lead> find(TenantId tenant, LeadId id);

  /**
   * Returns the owners of the leads of {@code tenant} among {@code ids}, by id; ids the tenant has
   * no lead for are left out. What the checks of the commands that link to leads need, for a whole
   * batch in one reading where an adapter can (the default asks {@link #find} for each id).
   *
   * @since 0.1
   */
  default Map<LeadId, UserId> findOwners(TenantId tenant, Collection<LeadId> ids) {
    requireNonNull(tenant, "tenant");
    Map<LeadId, UserId> owners = new HashMap<>();
    for (LeadId id : requireNonNull(ids, "ids")) {
      find(tenant, id).map(Lead::owner).ifPresent(owner -> owners.put(id, owner));
    }
    return owners;
  }

  /** Returns a page of the leads of {@code tenant} that match {@code query}, in id order. */
  Page<Lead> search(TenantId tenant, LeadQuery query, PageRequest page);

  /**
   * Returns the leads of {@code tenant} in nurture whose recycle instant is at or before {@code
   * at}, earliest first (then by id), at most {@code limit}.
   */
  List<Lead> dueForRecycling(TenantId tenant, Instant at, int limit);

  /**
   * Stores a new lead.
   *
   * @throws io.crmkit.core.DuplicateException if its id is taken
   */
  void insert(Lead lead);

  /**
   * Replaces the stored version {@code expectedVersion} by {@code lead}.
   *
   * @throws io.crmkit.core.NotFoundException if the lead does not exist
   * @throws io.crmkit.core.ConcurrentUpdateException if the stored version differs
   */
  void update(Lead lead, long expectedVersion);
}
