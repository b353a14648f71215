package io.crmkit.core.internal.memory;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.crmkit.core.Page;
import io.crmkit.core.PageRequest;
import io.crmkit.core.TenantId;
import io.crmkit.core.campaign.Campaign;
import io.crmkit.core.campaign.CampaignId;
import io.crmkit.core.campaign.CampaignStatus;
import io.crmkit.core.spi.CampaignRepository;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Campaigns in memory, unique by name in their tenant, with the scheduled and sending ones indexed
 * so that the due work reads only those.
 *
 * @since 0.1
 */
public final class InMemoryCampaignRepository implements CampaignRepository {

  private static final String NAME = "name";
  private static final String ACTIVE = "active";
  private static final String ALL = "all";

  private final InMemoryTable<CampaignId, Campaign> table;

  /**
   * @param store the store whose units of work cover this repository
   */
  public InMemoryCampaignRepository(InMemoryStore store) {
    KeysetOrder<Campaign, CampaignId> byId = IdOrders.byId(CampaignId::of);
    table =
        new InMemoryTable<>(
            "campaign",
            store,
            byId,
            List.of(new UniqueKey<>(NAME, c -> List.of(c.details().name()))),
            List.of(
                new IndexDefinition<>(
                    ACTIVE,
                    c ->
                        c.status() == CampaignStatus.SCHEDULED
                                || c.status() == CampaignStatus.SENDING
                            ? List.of(ALL)
                            : List.of(),
                    byId)));
  }

  @Override
  public Optional<Campaign> find(TenantId tenant, CampaignId id) {
    return table.find(tenant, id);
  }

  @Override
  public Optional<Campaign> findByName(TenantId tenant, String name) {
    return table.findUnique(tenant, NAME, requireNonNull(name, "name"));
  }

  @Override
  public Page<Campaign> list(TenantId tenant, PageRequest page) {
    return table.page(tenant, any -> true, page);
  }

  @Override
  public List<Campaign> due(TenantId tenant, Instant at, int limit) {
    requireNonNull(at, "at");
    checkArgument(limit >= 1, "limit must be positive: %s", limit);
    // the index holds only scheduled and sending campaigns, few beside the tenant's others
    return table
        .scan(tenant, ACTIVE, ALL, (CampaignId) null, any -> true, Integer.MAX_VALUE)
        .stream()
        .filter(campaign -> isDue(campaign, at))
        .limit(limit)
        .toList();
  }

  private static boolean isDue(Campaign campaign, Instant at) {
    return campaign.status() == CampaignStatus.SENDING
        || (campaign.status() == CampaignStatus.SCHEDULED
            && !campaign.sendAt().orElseThrow().isAfter(at));
  }

  @Override
  public void insert(Campaign campaign) {
    table.insert(campaign);
  }

  @Override
  public void update(Campaign campaign, long expectedVersion) {
    table.update(campaign, expectedVersion);
  }
}
