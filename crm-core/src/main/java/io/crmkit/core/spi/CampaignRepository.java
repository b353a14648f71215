package io.crmkit.core.spi;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.Page;
import io.crmkit.core.PageRequest;
import io.crmkit.core.TenantId;
import io.crmkit.core.UserId;
import io.crmkit.core.campaign.Campaign;
import io.crmkit.core.campaign.CampaignId;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The port that stores campaigns with their status histories. Every method is confined to one
 * tenant; names are unique in a tenant, compared exactly.
 *
 * <p>Adapters pass the contract suite {@code CampaignRepositoryContract} of the crm-core test-jar.
 *
 * @since 0.1
 */
public interface CampaignRepository {

  /** Returns the campaign {@code id} of {@code tenant}. */
  Optional<Campaign> find(TenantId tenant, CampaignId id);

  /**
   * Returns the owners ({@link Campaign#owner()}) of the campaigns of {@code tenant} among {@code
   * ids}, by id; ids the tenant has no campaign for are left out. What the checks of the commands
   * that link to campaigns need (the default asks {@link #find} for each id).
   */
  default Map<CampaignId, UserId> findOwners(TenantId tenant, Collection<CampaignId> ids) {
    requireNonNull(tenant, "tenant");
    Map<CampaignId, UserId> owners = new HashMap<>();
    for (CampaignId id : requireNonNull(ids, "ids")) {
      find(tenant, id).map(Campaign::owner).ifPresent(owner -> owners.put(id, owner));
    }
    return owners;
  }

  /** Returns the campaign of {@code tenant} named {@code name}. */
  Optional<Campaign> findByName(TenantId tenant, String name);

  /** Returns a page of the campaigns of {@code tenant}, in id order. */
  Page<Campaign> list(TenantId tenant, PageRequest page);

  /**
   * Returns the campaigns of {@code tenant} that the due work has something to do for at {@code
   * at}: those scheduled to send at or before it and those sending, in id order, at most {@code
   * limit}.
   */
  List<Campaign> due(TenantId tenant, Instant at, int limit);

  /**
   * Stores a new campaign.
   *
   * @throws io.crmkit.core.DuplicateException if its id or its name is taken
   */
  void insert(Campaign campaign);

  /**
   * Replaces the stored version {@code expectedVersion} by {@code campaign}.
   *
   * @throws io.crmkit.core.NotFoundException if the campaign does not exist
   * @throws io.crmkit.core.ConcurrentUpdateException if the stored version differs
   * @throws io.crmkit.core.DuplicateException if its new name is taken
   */
  void update(Campaign campaign, long expectedVersion);
}
