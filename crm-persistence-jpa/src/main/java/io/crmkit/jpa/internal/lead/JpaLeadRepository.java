package io.crmkit.jpa.internal.lead;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.crmkit.core.Page;
import io.crmkit.core.PageRequest;
import io.crmkit.core.TenantId;
import io.crmkit.core.UserId;
import io.crmkit.core.lead.Lead;
import io.crmkit.core.lead.LeadId;
import io.crmkit.core.lead.LeadQuery;
import io.crmkit.core.spi.LeadRepository;
import io.crmkit.jpa.internal.JpaAggregateRepository;
import io.crmkit.jpa.internal.JpaSession;
import io.crmkit.jpa.internal.KeysetSearch;
import io.crmkit.jpa.internal.OwnerLookup;
import io.crmkit.jpa.internal.StoredInstants;
import io.crmkit.jpa.internal.UniqueConstraint;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The JPA adapter of {@link LeadRepository}: searches are keyset pages in id order over the indexes
 * on (tenant, status), (tenant, owner) and (tenant, source); the recycling job reads the due leads
 * in recycle order from the index on (tenant, recycle instant), which only leads in nurture fill.
 */
public final class JpaLeadRepository extends JpaAggregateRepository<Lead, LeadId, LeadEntity>
    implements LeadRepository {

  /** The entity classes a persistence unit must manage for leads. */
  public static final List<Class<?>> MANAGED_CLASSES = List.of(LeadEntity.class);

  /** The unique constraints of the lead table, by the domain key each enforces. */
  public static final List<UniqueConstraint> UNIQUE_CONSTRAINTS =
      List.of(new UniqueConstraint("crm_lead_pk", LeadEntity.KIND, "id"));

  private final KeysetSearch<LeadEntity> searches;

  private final OwnerLookup ownerLookup = new OwnerLookup(LeadEntity.class);

  /**
   * @param session the units of work the repository runs in
   */
  public JpaLeadRepository(JpaSession session) {
    super(
        session,
        LeadEntity.KIND,
        LeadEntity.class,
        LeadEntity::new,
        LeadId::value,
        LeadMapper::write,
        LeadMapper::read);
    this.searches = new KeysetSearch<>(session, LeadEntity.class);
  }

  @Override
  public Page<Lead> search(TenantId tenant, LeadQuery query, PageRequest page) {
    requireNonNull(query, "query");
    return searches.search(
        tenant,
        page,
        (where, cb, select, l) -> {
          if (query.status() != null) {
            where.add(cb.equal(l.get("status"), query.status()));
          }
          if (query.owner() != null) {
            where.add(cb.equal(l.get("owner"), query.owner().value()));
          }
          if (query.source() != null) {
            where.add(cb.equal(l.get("source"), query.source()));
          }
        },
        LeadMapper::read);
  }

  @Override
  public List<Lead> dueForRecycling(TenantId tenant, Instant at, int limit) {
    requireNonNull(tenant, "tenant");
    requireNonNull(at, "at");
    checkArgument(limit >= 1, "limit must be positive: %s", limit);
    return session.apply(
        em ->
            em
                .createQuery(
                    "select l from CrmLead l where l.tenant = :tenant"
                        + " and l.recycleAt is not null and l.recycleAt <= :at"
                        + " order by l.recycleAt, l.id",
                    LeadEntity.class)
                .setParameter("tenant", tenant.value())
                .setParameter("at", StoredInstants.bounded(at))
                .setMaxResults(limit)
                .getResultList()
                .stream()
                .map(LeadMapper::read)
                .toList());
  }

  @Override
  public Map<LeadId, UserId> findOwners(TenantId tenant, Collection<LeadId> ids) {
    // the owners alone, for a batch of links in one query per hundred ids
    return owners(ownerLookup, tenant, ids);
  }
}
