package io.crmkit.jpa.internal.lead;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.crmkit.core.Page;
import io.crmkit.core.PageRequest;
import io.crmkit.core.TenantId;
import io.crmkit.core.lead.Lead;
import io.crmkit.core.lead.LeadId;
import io.crmkit.core.lead.LeadQuery;
import io.crmkit.core.spi.LeadRepository;
import io.crmkit.jpa.internal.AggregateTable;
import io.crmkit.jpa.internal.JpaSession;
import io.crmkit.jpa.internal.KeysetSearch;
import io.crmkit.jpa.internal.UniqueConstraint;
import jakarta.persistence.criteria.Predicate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The JPA adapter of {@link LeadRepository}: searches are keyset pages in id order over the indexes
 * on (tenant, status), (tenant, owner) and (tenant, source); the recycling job reads the due leads
 * in recycle order from the index on (tenant, recycle instant), which only leads in nurture fill.
 */
public final class JpaLeadRepository implements LeadRepository {

  private static final String KIND = "lead";

  /** The entity classes a persistence unit must manage for leads. */
  public static final List<Class<?>> MANAGED_CLASSES = List.of(LeadEntity.class);

  /** The unique constraints of the lead table, by the domain key each enforces. */
  public static final List<UniqueConstraint> UNIQUE_CONSTRAINTS =
      List.of(new UniqueConstraint("crm_lead_pk", KIND, "id"));

  private final JpaSession session;
  private final AggregateTable<LeadEntity> table = new AggregateTable<>(LeadEntity.class, KIND);
  private final KeysetSearch<LeadEntity> searches = new KeysetSearch<>(LeadEntity.class);

  /**
   * @param session the units of work the repository runs in
   */
  public JpaLeadRepository(JpaSession session) {
    this.session = requireNonNull(session, "session");
  }

  @Override
  public Optional<Lead> find(TenantId tenant, LeadId id) {
    requireNonNull(id, "id");
    return session.apply(em -> table.find(em, tenant, id.value()).map(LeadMapper::read));
  }

  @Override
  public Page<Lead> search(TenantId tenant, LeadQuery query, PageRequest page) {
    requireNonNull(tenant, "tenant");
    requireNonNull(query, "query");
    requireNonNull(page, "page");
    return session.apply(
        em ->
            searches.search(
                em,
                tenant,
                page,
                (cb, select, l) -> {
                  List<Predicate> where = new ArrayList<>();
                  if (query.status() != null) {
                    where.add(cb.equal(l.get("status"), query.status()));
                  }
                  if (query.owner() != null) {
                    where.add(cb.equal(l.get("owner"), query.owner().value()));
                  }
                  if (query.source() != null) {
                    where.add(cb.equal(l.get("source"), query.source()));
                  }
                  return where;
                },
                LeadMapper::read));
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
                .setParameter("at", at)
                .setMaxResults(limit)
                .getResultList()
                .stream()
                .map(LeadMapper::read)
                .toList());
  }

  @Override
  public void insert(Lead lead) {
    requireNonNull(lead, "lead");
    session.apply(
        em -> {
          table.requireNewId(em, lead.tenant(), lead.id().value());
          LeadEntity row = new LeadEntity();
          row.identify(lead.tenant(), lead.id().value(), lead.version());
          LeadMapper.write(lead, row);
          em.persist(row);
          return null;
        });
  }

  @Override
  public void update(Lead lead, long expectedVersion) {
    requireNonNull(lead, "lead");
    session.apply(
        em -> {
          LeadEntity row = table.current(em, lead.tenant(), lead.id().value(), expectedVersion);
          LeadMapper.write(lead, row);
          session.flush(em, "updating lead " + lead.id());
          return null;
        });
  }
}
