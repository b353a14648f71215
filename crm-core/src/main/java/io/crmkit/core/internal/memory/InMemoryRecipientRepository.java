package io.crmkit.core.internal.memory;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.crmkit.core.Page;
import io.crmkit.core.PageRequest;
import io.crmkit.core.TenantId;
import io.crmkit.core.campaign.CampaignId;
import io.crmkit.core.campaign.Recipient;
import io.crmkit.core.campaign.RecipientId;
import io.crmkit.core.campaign.RecipientStatus;
import io.crmkit.core.contact.ContactId;
import io.crmkit.core.spi.RecipientRepository;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Campaign recipients in memory: unique by campaign and contact and by provider message id, with
 * each campaign's queued and claimed recipients indexed apart so that claiming reads only those.
 * Claims run in the store's unit of work, which excludes every other writer: no two units ever
 * claim one recipient.
 *
 * @since 0.1
 */
public final class InMemoryRecipientRepository implements RecipientRepository {

  private static final String CAMPAIGN_CONTACT = "campaignContact";
  private static final String PROVIDER_ID = "providerMessageId";
  private static final String CAMPAIGN = "campaign";
  private static final String QUEUED = "queued";
  private static final String CLAIMED = "claimed";
  private static final String CONTACT = "contact";

  private final InMemoryStore store;
  private final InMemoryTable<RecipientId, Recipient> table;

  /**
   * @param store the store whose units of work cover this repository
   */
  public InMemoryRecipientRepository(InMemoryStore store) {
    this.store = requireNonNull(store, "store");
    KeysetOrder<Recipient, RecipientId> byId = IdOrders.byId(RecipientId::of);
    table =
        new InMemoryTable<>(
            "recipient",
            store,
            byId,
            List.of(
                new UniqueKey<>(CAMPAIGN_CONTACT, r -> List.of(r.campaign() + "/" + r.contact())),
                new UniqueKey<>(PROVIDER_ID, r -> r.providerMessageId().stream().toList())),
            List.of(
                new IndexDefinition<>(CAMPAIGN, r -> List.of(r.campaign().toString()), byId),
                new IndexDefinition<>(
                    QUEUED,
                    r ->
                        r.status() == RecipientStatus.QUEUED
                            ? List.of(r.campaign().toString())
                            : List.of(),
                    byId),
                new IndexDefinition<>(
                    CLAIMED,
                    r -> r.claimedAt().isPresent() ? List.of(r.campaign().toString()) : List.of(),
                    byId),
                new IndexDefinition<>(CONTACT, r -> List.of(r.contact().toString()), byId)));
  }

  @Override
  public Optional<Recipient> find(TenantId tenant, RecipientId id) {
    return table.find(tenant, id);
  }

  @Override
  public Optional<Recipient> findByProviderMessageId(TenantId tenant, String id) {
    return table.findUnique(tenant, PROVIDER_ID, requireNonNull(id, "provider message id"));
  }

  @Override
  public Page<Recipient> ofCampaign(TenantId tenant, CampaignId campaign, PageRequest page) {
    requireNonNull(campaign, "campaign");
    return table.page(tenant, CAMPAIGN, campaign.toString(), any -> true, page);
  }

  @Override
  public List<Recipient> ofContact(TenantId tenant, ContactId contact) {
    requireNonNull(contact, "contact");
    return table.scan(
        tenant, CONTACT, contact.toString(), (RecipientId) null, any -> true, Integer.MAX_VALUE);
  }

  @Override
  public List<Recipient> claim(TenantId tenant, CampaignId campaign, Instant at, int limit) {
    requireNonNull(campaign, "campaign");
    requireNonNull(at, "at");
    checkArgument(limit >= 0, "limit must not be negative: %s", limit);
    if (limit == 0) {
      return List.of();
    }
    return store.execute(
        () -> {
          List<Recipient> claimed = new ArrayList<>();
          for (Recipient queued :
              table.scan(
                  tenant, QUEUED, campaign.toString(), (RecipientId) null, any -> true, limit)) {
            Recipient mine = queued.claim(at);
            table.update(mine, queued.version());
            claimed.add(mine);
          }
          return List.copyOf(claimed);
        });
  }

  @Override
  public long claimedAfter(TenantId tenant, CampaignId campaign, Instant since) {
    requireNonNull(campaign, "campaign");
    requireNonNull(since, "since");
    return claimed(tenant, campaign).stream()
        .filter(r -> r.claimedAt().orElseThrow().isAfter(since))
        .count();
  }

  @Override
  public List<Recipient> claimedBefore(
      TenantId tenant, CampaignId campaign, Instant before, int limit) {
    requireNonNull(campaign, "campaign");
    requireNonNull(before, "before");
    checkArgument(limit >= 1, "limit must be positive: %s", limit);
    return claimed(tenant, campaign).stream()
        .filter(r -> r.status() == RecipientStatus.SENDING)
        .filter(r -> r.claimedAt().orElseThrow().isBefore(before))
        .limit(limit)
        .toList();
  }

  private List<Recipient> claimed(TenantId tenant, CampaignId campaign) {
    return table.scan(
        tenant, CLAIMED, campaign.toString(), (RecipientId) null, any -> true, Integer.MAX_VALUE);
  }

  @Override
  public long open(TenantId tenant, CampaignId campaign) {
    requireNonNull(campaign, "campaign");
    return store.read(
        () ->
            table.count(tenant, QUEUED, campaign.toString())
                + claimed(tenant, campaign).stream()
                    .filter(r -> r.status() == RecipientStatus.SENDING)
                    .count());
  }

  @Override
  public void insertAll(List<Recipient> recipients) {
    table.insertAll(List.copyOf(recipients));
  }

  @Override
  public void update(Recipient recipient, long expectedVersion) {
    table.update(recipient, expectedVersion);
  }
}
