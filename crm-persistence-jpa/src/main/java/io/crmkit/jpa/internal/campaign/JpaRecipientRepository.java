package io.crmkit.jpa.internal.campaign;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.crmkit.core.DuplicateException;
import io.crmkit.core.Page;
import io.crmkit.core.PageRequest;
import io.crmkit.core.TenantId;
import io.crmkit.core.campaign.CampaignId;
import io.crmkit.core.campaign.Recipient;
import io.crmkit.core.campaign.RecipientId;
import io.crmkit.core.campaign.RecipientStatus;
import io.crmkit.core.contact.ContactId;
import io.crmkit.core.spi.RecipientRepository;
import io.crmkit.jpa.internal.JpaAggregateRepository;
import io.crmkit.jpa.internal.JpaSession;
import io.crmkit.jpa.internal.KeysetSearch;
import io.crmkit.jpa.internal.UniqueConstraint;
import jakarta.persistence.EntityManager;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The JPA adapter of {@link RecipientRepository}. Claims lock the queued rows of a campaign with
 * {@code SELECT ... FOR UPDATE SKIP LOCKED} in a native query (JPQL has no {@code SKIP LOCKED};
 * PostgreSQL, MariaDB 10.6+ and H2 support it), so that two units claiming at once each take rows
 * the other does not hold, and never wait for each other. A contact's one row per campaign and a
 * provider message id's one row are unique constraints.
 */
public final class JpaRecipientRepository
    extends JpaAggregateRepository<Recipient, RecipientId, RecipientEntity>
    implements RecipientRepository {

  /** The entity classes a persistence unit must manage for campaign recipients. */
  public static final List<Class<?>> MANAGED_CLASSES = List.of(RecipientEntity.class);

  /** The unique constraints of the recipient table, by the domain key each enforces. */
  public static final List<UniqueConstraint> UNIQUE_CONSTRAINTS =
      List.of(
          new UniqueConstraint("crm_campaign_recipient_pk", RecipientEntity.KIND, "id"),
          new UniqueConstraint(
              "crm_campaign_recipient_contact_uk", RecipientEntity.KIND, "campaign and contact"),
          new UniqueConstraint(
              "crm_campaign_recipient_provider_uk", RecipientEntity.KIND, "providerMessageId"));

  private static final String CLAIM =
      "select id from crm_campaign_recipient where tenant_id = ?1 and campaign_id = ?2"
          + " and status = 'QUEUED' order by id limit ?3 for update skip locked";

  private final KeysetSearch<RecipientEntity> searches;

  /**
   * @param session the units of work the repository runs in
   */
  public JpaRecipientRepository(JpaSession session) {
    super(
        session,
        RecipientEntity.KIND,
        RecipientEntity.class,
        RecipientEntity::new,
        RecipientId::value,
        RecipientMapper::write,
        RecipientMapper::read);
    this.searches = new KeysetSearch<>(session, RecipientEntity.class);
  }

  @Override
  public Optional<Recipient> findByProviderMessageId(TenantId tenant, String id) {
    requireNonNull(tenant, "tenant");
    requireNonNull(id, "provider message id");
    return session.apply(
        em ->
            em.createQuery(
                    "select r from CrmCampaignRecipient r where r.tenant = :tenant"
                        + " and r.providerMessageId = :id",
                    RecipientEntity.class)
                .setParameter("tenant", tenant.value())
                .setParameter("id", id)
                .getResultStream()
                .findFirst()
                .map(RecipientMapper::read));
  }

  @Override
  public Page<Recipient> ofCampaign(TenantId tenant, CampaignId campaign, PageRequest page) {
    requireNonNull(campaign, "campaign");
    return searches.search(
        tenant,
        page,
        (where, cb, select, r) -> where.add(cb.equal(r.get("campaign"), campaign.value())),
        RecipientMapper::read);
  }

  @Override
  public List<Recipient> ofContact(TenantId tenant, ContactId contact) {
    requireNonNull(tenant, "tenant");
    requireNonNull(contact, "contact");
    return session.apply(
        em ->
            em
                .createQuery(
                    "select r from CrmCampaignRecipient r where r.tenant = :tenant"
                        + " and r.contact = :contact order by r.id",
                    RecipientEntity.class)
                .setParameter("tenant", tenant.value())
                .setParameter("contact", contact.value())
                .getResultList()
                .stream()
                .map(RecipientMapper::read)
                .toList());
  }

  @Override
  public List<Recipient> claim(TenantId tenant, CampaignId campaign, Instant at, int limit) {
    requireNonNull(tenant, "tenant");
    requireNonNull(campaign, "campaign");
    requireNonNull(at, "at");
    checkArgument(limit >= 0, "limit must not be negative: %s", limit);
    if (limit == 0) {
      return List.of();
    }
    return session.apply(
        em -> {
          List<UUID> ids = new ArrayList<>();
          for (Object id :
              em.createNativeQuery(CLAIM)
                  .setParameter(1, tenant.value())
                  .setParameter(2, campaign.value())
                  .setParameter(3, limit)
                  .getResultList()) {
            ids.add(uuid(id));
          }
          if (ids.isEmpty()) {
            return List.of();
          }
          List<RecipientEntity> rows =
              em.createQuery(
                      "select r from CrmCampaignRecipient r where r.tenant = :tenant"
                          + " and r.id in :ids",
                      RecipientEntity.class)
                  .setParameter("tenant", tenant.value())
                  .setParameter("ids", ids)
                  .getResultList();
          List<Recipient> claimed = new ArrayList<>(rows.size());
          for (RecipientEntity row : rows) {
            Recipient mine = RecipientMapper.read(row).claim(at);
            RecipientMapper.write(mine, row);
            claimed.add(mine);
          }
          session.flush(em, "claiming recipients of campaign " + campaign);
          claimed.sort(Comparator.comparing(Recipient::id));
          return List.copyOf(claimed);
        });
  }

  /** Returns the UUID a native query read: drivers return it as a UUID, text or 16 bytes. */
  private static UUID uuid(Object value) {
    if (value instanceof UUID id) {
      return id;
    }
    if (value instanceof byte[] bytes && bytes.length == 16) {
      ByteBuffer buffer = ByteBuffer.wrap(bytes);
      return new UUID(buffer.getLong(), buffer.getLong());
    }
    return UUID.fromString(value.toString());
  }

  @Override
  public long claimedAfter(TenantId tenant, CampaignId campaign, Instant since) {
    requireNonNull(since, "since");
    return count(tenant, campaign, "r.claimedAt is not null and r.claimedAt > :at", since);
  }

  @Override
  public List<Recipient> claimedBefore(
      TenantId tenant, CampaignId campaign, Instant before, int limit) {
    requireNonNull(tenant, "tenant");
    requireNonNull(campaign, "campaign");
    requireNonNull(before, "before");
    checkArgument(limit >= 1, "limit must be positive: %s", limit);
    return session.apply(
        em ->
            em
                .createQuery(
                    "select r from CrmCampaignRecipient r where r.tenant = :tenant"
                        + " and r.campaign = :campaign and r.status = :sending"
                        + " and r.claimedAt < :at order by r.id",
                    RecipientEntity.class)
                .setParameter("tenant", tenant.value())
                .setParameter("campaign", campaign.value())
                .setParameter("sending", RecipientStatus.SENDING)
                .setParameter("at", before)
                .setMaxResults(limit)
                .getResultList()
                .stream()
                .map(RecipientMapper::read)
                .toList());
  }

  @Override
  public long open(TenantId tenant, CampaignId campaign) {
    requireNonNull(tenant, "tenant");
    requireNonNull(campaign, "campaign");
    return session.apply(
        em ->
            em.createQuery(
                    "select count(r) from CrmCampaignRecipient r where r.tenant = :tenant"
                        + " and r.campaign = :campaign and r.status in :open",
                    Long.class)
                .setParameter("tenant", tenant.value())
                .setParameter("campaign", campaign.value())
                .setParameter("open", List.of(RecipientStatus.QUEUED, RecipientStatus.SENDING))
                .getSingleResult());
  }

  private long count(TenantId tenant, CampaignId campaign, String condition, Instant at) {
    requireNonNull(tenant, "tenant");
    requireNonNull(campaign, "campaign");
    return session.apply(
        em ->
            em.createQuery(
                    "select count(r) from CrmCampaignRecipient r where r.tenant = :tenant"
                        + " and r.campaign = :campaign and "
                        + condition,
                    Long.class)
                .setParameter("tenant", tenant.value())
                .setParameter("campaign", campaign.value())
                .setParameter("at", at)
                .getSingleResult());
  }

  @Override
  public void insertAll(List<Recipient> recipients) {
    requireNonNull(recipients, "recipients");
    session.apply(
        em -> {
          for (Recipient recipient : recipients) {
            em.persist(newRow(recipient));
          }
          session.flush(em, "inserting " + recipients.size() + " recipients");
          return null;
        });
  }

  @Override
  protected void requireKeysFree(EntityManager em, Recipient recipient) {
    Optional<String> provider = recipient.providerMessageId();
    if (provider.isEmpty()) {
      return;
    }
    List<UUID> holders =
        em.createQuery(
                "select r.id from CrmCampaignRecipient r where r.tenant = :tenant"
                    + " and r.providerMessageId = :provider and r.id <> :id",
                UUID.class)
            .setParameter("tenant", recipient.tenant().value())
            .setParameter("provider", provider.get())
            .setParameter("id", recipient.id().value())
            .getResultList();
    if (!holders.isEmpty()) {
      throw new DuplicateException(
          RecipientEntity.KIND, "providerMessageId", provider.get(), holders.get(0));
    }
  }
}
