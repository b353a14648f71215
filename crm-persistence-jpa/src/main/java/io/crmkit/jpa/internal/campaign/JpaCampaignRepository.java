package io.crmkit.jpa.internal.campaign;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.crmkit.core.DuplicateException;
import io.crmkit.core.Page;
import io.crmkit.core.PageRequest;
import io.crmkit.core.TenantId;
import io.crmkit.core.UserId;
import io.crmkit.core.campaign.Campaign;
import io.crmkit.core.campaign.CampaignId;
import io.crmkit.core.campaign.CampaignStatus;
import io.crmkit.core.spi.CampaignRepository;
import io.crmkit.jpa.internal.JpaAggregateRepository;
import io.crmkit.jpa.internal.JpaSession;
import io.crmkit.jpa.internal.KeysetSearch;
import io.crmkit.jpa.internal.OwnerLookup;
import io.crmkit.jpa.internal.StoredInstants;
import io.crmkit.jpa.internal.UniqueConstraint;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The JPA adapter of {@link CampaignRepository}: names unique by the constraint on (tenant, name),
 * checked before each write so that the caller hears which name; the due work reads the index on
 * (tenant, status, send instant, id).
 */
public final class JpaCampaignRepository
    extends JpaAggregateRepository<Campaign, CampaignId, CampaignEntity>
    implements CampaignRepository {

  /** The entity classes a persistence unit must manage for campaigns. */
  public static final List<Class<?>> MANAGED_CLASSES = List.of(CampaignEntity.class);

  /** The unique constraints of the campaign table, by the domain key each enforces. */
  public static final List<UniqueConstraint> UNIQUE_CONSTRAINTS =
      List.of(
          new UniqueConstraint("crm_campaign_pk", CampaignEntity.KIND, "id"),
          new UniqueConstraint("crm_campaign_name_uk", CampaignEntity.KIND, "name"));

  private final KeysetSearch<CampaignEntity> searches;
  private final OwnerLookup ownerLookup = new OwnerLookup(CampaignEntity.class);

  /**
   * @param session the units of work the repository runs in
   */
  public JpaCampaignRepository(JpaSession session) {
    super(
        session,
        CampaignEntity.KIND,
        CampaignEntity.class,
        CampaignEntity::new,
        CampaignId::value,
        CampaignMapper::write,
        CampaignMapper::read);
    this.searches = new KeysetSearch<>(session, CampaignEntity.class);
  }

  @Override
  public Optional<Campaign> findByName(TenantId tenant, String name) {
    requireNonNull(tenant, "tenant");
    requireNonNull(name, "name");
    return session.apply(
        em ->
            em.createQuery(
                    "select c from CrmCampaign c where c.tenant = :tenant and c.name = :name",
                    CampaignEntity.class)
                .setParameter("tenant", tenant.value())
                .setParameter("name", name)
                .getResultStream()
                .findFirst()
                .map(CampaignMapper::read));
  }

  @Override
  public Page<Campaign> list(TenantId tenant, PageRequest page) {
    return searches.search(tenant, page, (where, cb, select, c) -> {}, CampaignMapper::read);
  }

  @Override
  public List<Campaign> due(TenantId tenant, Instant at, int limit) {
    requireNonNull(tenant, "tenant");
    requireNonNull(at, "at");
    checkArgument(limit >= 1, "limit must be positive: %s", limit);
    return session.apply(
        em ->
            em
                .createQuery(
                    "select c from CrmCampaign c where c.tenant = :tenant and (c.status = :sending"
                        + " or (c.status = :scheduled and c.sendAt <= :at)) order by c.id",
                    CampaignEntity.class)
                .setParameter("tenant", tenant.value())
                .setParameter("sending", CampaignStatus.SENDING)
                .setParameter("scheduled", CampaignStatus.SCHEDULED)
                .setParameter("at", StoredInstants.bounded(at))
                .setMaxResults(limit)
                .getResultList()
                .stream()
                .map(CampaignMapper::read)
                .toList());
  }

  @Override
  protected void requireKeysFree(EntityManager em, Campaign campaign) {
    List<UUID> holders =
        em.createQuery(
                "select c.id from CrmCampaign c where c.tenant = :tenant"
                    + " and c.name = :name and c.id <> :id",
                UUID.class)
            .setParameter("tenant", campaign.tenant().value())
            .setParameter("name", campaign.details().name())
            .setParameter("id", campaign.id().value())
            .getResultList();
    if (!holders.isEmpty()) {
      throw new DuplicateException(
          CampaignEntity.KIND, "name", campaign.details().name(), holders.get(0));
    }
  }

  @Override
  public Map<CampaignId, UserId> findOwners(TenantId tenant, Collection<CampaignId> ids) {
    return owners(ownerLookup, tenant, ids);
  }
}
