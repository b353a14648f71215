package io.crmkit.jpa.internal.company;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.ExternalId;
import io.crmkit.core.Page;
import io.crmkit.core.PageRequest;
import io.crmkit.core.TenantId;
import io.crmkit.core.UserId;
import io.crmkit.core.company.Company;
import io.crmkit.core.company.CompanyId;
import io.crmkit.core.company.CompanyQuery;
import io.crmkit.core.spi.CompanyRepository;
import io.crmkit.jpa.internal.AggregateTable;
import io.crmkit.jpa.internal.JpaSession;
import io.crmkit.jpa.internal.KeysetSearch;
import io.crmkit.jpa.internal.OwnerLookup;
import io.crmkit.jpa.internal.UniqueConstraint;
import io.crmkit.jpa.internal.UniqueKeys;
import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The JPA adapter of {@link CompanyRepository}: every statement filters by tenant; searches page by
 * id.
 */
public final class JpaCompanyRepository implements CompanyRepository {

  private static final String KIND = "company";

  /** The entity classes a persistence unit must manage for companies. */
  public static final List<Class<?>> MANAGED_CLASSES = List.of(CompanyEntity.class);

  /** The unique constraints of the company tables, by the domain key each enforces. */
  public static final List<UniqueConstraint> UNIQUE_CONSTRAINTS =
      List.of(
          new UniqueConstraint("crm_company_pk", KIND, "id"),
          new UniqueConstraint("crm_company_external_id_pk", KIND, "externalId"));

  private final JpaSession session;
  private final AggregateTable<CompanyEntity> table =
      new AggregateTable<>(CompanyEntity.class, KIND);
  private final OwnerLookup owners = new OwnerLookup(CompanyEntity.class);
  private final UniqueKeys<CompanyEntity> uniqueKeys = new UniqueKeys<>(CompanyEntity.class, KIND);
  private final KeysetSearch<CompanyEntity> searches = new KeysetSearch<>(CompanyEntity.class);

  /**
   * @param session the units of work the repository runs in
   */
  public JpaCompanyRepository(JpaSession session) {
    this.session = requireNonNull(session, "session");
  }

  @Override
  public Optional<Company> find(TenantId tenant, CompanyId id) {
    requireNonNull(id, "id");
    return session.apply(em -> table.find(em, tenant, id.value()).map(CompanyMapper::read));
  }

  @Override
  public Optional<UserId> findOwner(TenantId tenant, CompanyId id) {
    requireNonNull(id, "id");
    return session.apply(em -> owners.owner(em, tenant, id.value()));
  }

  @Override
  public Map<CompanyId, UserId> findOwners(TenantId tenant, Collection<CompanyId> ids) {
    requireNonNull(ids, "ids");
    return session.apply(em -> owners.owners(em, tenant, ids, CompanyId::value));
  }

  @Override
  public List<Company> findAll(TenantId tenant, Collection<CompanyId> ids) {
    requireNonNull(tenant, "tenant");
    if (ids.isEmpty()) {
      return List.of();
    }
    List<UUID> wanted = ids.stream().map(CompanyId::value).distinct().toList();
    return session.apply(
        em ->
            em
                .createQuery(
                    "select c from CrmCompany c where c.tenant = :tenant and c.id in :ids",
                    CompanyEntity.class)
                .setParameter("tenant", tenant.value())
                .setParameter("ids", wanted)
                .getResultList()
                .stream()
                .map(CompanyMapper::read)
                // the database's uuid order is not the core's on every vendor: sort here
                .sorted((a, b) -> a.id().compareTo(b.id()))
                .toList());
  }

  @Override
  public Optional<Company> findByExternalId(TenantId tenant, ExternalId externalId) {
    requireNonNull(tenant, "tenant");
    requireNonNull(externalId, "externalId");
    return session.apply(
        em ->
            uniqueKeys.holderOfExternalKey(em, tenant, externalId.key()).map(CompanyMapper::read));
  }

  @Override
  public Page<Company> search(TenantId tenant, CompanyQuery query, PageRequest page) {
    requireNonNull(tenant, "tenant");
    requireNonNull(query, "query");
    requireNonNull(page, "page");
    return session.apply(
        em ->
            searches.search(
                em,
                tenant,
                page,
                (cb, select, c) -> {
                  List<Predicate> where = new ArrayList<>();
                  if (!query.includeArchived()) {
                    where.add(cb.isFalse(c.get("archived")));
                  }
                  if (query.domain() != null) {
                    where.add(cb.equal(c.get("domain"), query.domain().value()));
                  }
                  if (query.parent() != null) {
                    where.add(cb.equal(c.get("parent"), query.parent().value()));
                  }
                  if (query.owner() != null) {
                    where.add(cb.equal(c.get("owner"), query.owner().value()));
                  }
                  if (query.tag() != null) {
                    where.add(
                        searches.hasKey(cb, select, c, CompanyMapper.TAG, query.tag().value()));
                  }
                  if (query.namePrefix() != null) {
                    where.add(
                        searches.hasKeyStarting(
                            cb, select, c, CompanyMapper.NAME, query.namePrefix()));
                  }
                  return where;
                },
                CompanyMapper::read));
  }

  @Override
  public long count(TenantId tenant) {
    requireNonNull(tenant, "tenant");
    return session.apply(
        em ->
            em.createQuery("select count(c) from CrmCompany c where c.tenant = :tenant", Long.class)
                .setParameter("tenant", tenant.value())
                .getSingleResult());
  }

  @Override
  public void insert(Company company) {
    requireNonNull(company, "company");
    session.apply(
        em -> {
          table.requireNewId(em, company.tenant(), company.id().value());
          uniqueKeys.requireExternalIdsFree(
              em, company.tenant(), company.id().value(), company.details().externalIds());
          CompanyEntity row = new CompanyEntity();
          row.identify(company.tenant(), company.id().value(), company.version());
          CompanyMapper.write(company, row);
          em.persist(row);
          return null;
        });
  }

  @Override
  public void update(Company company, long expectedVersion) {
    requireNonNull(company, "company");
    session.apply(
        em -> {
          CompanyEntity row =
              table.current(em, company.tenant(), company.id().value(), expectedVersion);
          uniqueKeys.requireExternalIdsFree(
              em, company.tenant(), company.id().value(), company.details().externalIds());
          CompanyMapper.write(company, row);
          session.flush(em, "updating company " + company.id());
          return null;
        });
  }

  @Override
  public void delete(TenantId tenant, CompanyId id, long expectedVersion) {
    requireNonNull(id, "id");
    session.apply(
        em -> {
          em.remove(table.current(em, tenant, id.value(), expectedVersion));
          session.flush(em, "deleting company " + id);
          return null;
        });
  }
}
