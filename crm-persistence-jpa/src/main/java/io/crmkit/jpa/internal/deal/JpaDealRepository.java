package io.crmkit.jpa.internal.deal;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.Page;
import io.crmkit.core.PageRequest;
import io.crmkit.core.TenantId;
import io.crmkit.core.UserId;
import io.crmkit.core.deal.Deal;
import io.crmkit.core.deal.DealId;
import io.crmkit.core.deal.DealQuery;
import io.crmkit.core.deal.StageKind;
import io.crmkit.core.spi.DealRepository;
import io.crmkit.jpa.internal.Cursors;
import io.crmkit.jpa.internal.JpaAggregateRepository;
import io.crmkit.jpa.internal.JpaSession;
import io.crmkit.jpa.internal.KeysetSearch;
import io.crmkit.jpa.internal.OwnerLookup;
import io.crmkit.jpa.internal.UniqueConstraint;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The JPA adapter of {@link DealRepository}: searches are keyset pages in id order over the indexes
 * on (tenant, pipeline, stage kind), (tenant, stage), (tenant, owner, stage kind), (tenant,
 * company) and (tenant, stage kind), so that boards, "my open deals" and analytics read only the
 * rows they return.
 */
public final class JpaDealRepository extends JpaAggregateRepository<Deal, DealId, DealEntity>
    implements DealRepository {

  /** The entity classes a persistence unit must manage for deals. */
  public static final List<Class<?>> MANAGED_CLASSES = List.of(DealEntity.class);

  /** The unique constraints of the deal table, by the domain key each enforces. */
  public static final List<UniqueConstraint> UNIQUE_CONSTRAINTS =
      List.of(new UniqueConstraint("crm_deal_pk", DealEntity.KIND, "id"));

  private final OwnerLookup ownerLookup = new OwnerLookup(DealEntity.class);

  /**
   * @param session the units of work the repository runs in
   */
  public JpaDealRepository(JpaSession session) {
    super(
        session,
        DealEntity.KIND,
        DealEntity.class,
        DealEntity::new,
        DealId::value,
        DealMapper::write,
        DealMapper::read);
  }

  @Override
  public Page<Deal> search(TenantId tenant, DealQuery query, PageRequest page) {
    requireNonNull(tenant, "tenant");
    requireNonNull(query, "query");
    requireNonNull(page, "page");
    UUID after = page.cursor().map(Cursors::idAfter).orElse(null);
    return session.apply(
        em -> {
          CriteriaBuilder cb = em.getCriteriaBuilder();
          CriteriaQuery<DealEntity> select = cb.createQuery(DealEntity.class);
          Root<DealEntity> d = select.from(DealEntity.class);
          List<Predicate> where = matching(cb, d, tenant, query, after);
          select.select(d).where(where.toArray(Predicate[]::new)).orderBy(cb.asc(d.get("id")));
          List<DealEntity> rows =
              em.createQuery(select).setMaxResults(page.size() + 1).getResultList();
          return KeysetSearch.page(
              rows, page.size(), DealMapper::read, deal -> deal.id().toString());
        });
  }

  @Override
  public long count(TenantId tenant, DealQuery query) {
    requireNonNull(tenant, "tenant");
    requireNonNull(query, "query");
    return session.apply(
        em -> {
          CriteriaBuilder cb = em.getCriteriaBuilder();
          CriteriaQuery<Long> select = cb.createQuery(Long.class);
          Root<DealEntity> d = select.from(DealEntity.class);
          select
              .select(cb.count(d))
              .where(matching(cb, d, tenant, query, null).toArray(Predicate[]::new));
          return em.createQuery(select).getSingleResult();
        });
  }

  private static List<Predicate> matching(
      CriteriaBuilder cb,
      Root<DealEntity> d,
      TenantId tenant,
      DealQuery query,
      @Nullable UUID after) {
    List<Predicate> where = new ArrayList<>();
    where.add(cb.equal(d.get("tenant"), tenant.value()));
    if (query.pipeline() != null) {
      where.add(cb.equal(d.get("pipeline"), query.pipeline().value()));
    }
    if (query.stage() != null) {
      where.add(cb.equal(d.get("stageId"), query.stage().value()));
    }
    if (query.owner() != null) {
      where.add(cb.equal(d.get("owner"), query.owner().value()));
    }
    if (query.company() != null) {
      where.add(cb.equal(d.get("company"), query.company().value()));
    }
    if (query.onlyOpen()) {
      where.add(cb.equal(d.get("stageKind"), StageKind.OPEN));
    }
    if (after != null) {
      where.add(cb.greaterThan(d.<UUID>get("id"), after));
    }
    return where;
  }

  @Override
  public Map<DealId, UserId> findOwners(TenantId tenant, Collection<DealId> ids) {
    // the owners alone, for a batch of links in one query per hundred ids
    return owners(ownerLookup, tenant, ids);
  }
}
