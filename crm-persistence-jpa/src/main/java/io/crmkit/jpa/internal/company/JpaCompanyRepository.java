package io.crmkit.jpa.internal.company;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.ExternalId;
import io.crmkit.core.Page;
import io.crmkit.core.PageRequest;
import io.crmkit.core.TenantId;
import io.crmkit.core.company.Company;
import io.crmkit.core.company.CompanyId;
import io.crmkit.core.company.CompanyQuery;
import io.crmkit.core.spi.CompanyRepository;
import io.crmkit.jpa.internal.JpaPartyRepository;
import io.crmkit.jpa.internal.JpaSession;
import io.crmkit.jpa.internal.UniqueConstraint;
import io.crmkit.jpa.internal.UniqueKeys;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The JPA adapter of {@link CompanyRepository}: every statement filters by tenant; searches page by
 * id.
 */
public final class JpaCompanyRepository
    extends JpaPartyRepository<Company, CompanyId, CompanyEntity> implements CompanyRepository {

  /** The entity classes a persistence unit must manage for companies. */
  public static final List<Class<?>> MANAGED_CLASSES = List.of(CompanyEntity.class);

  /** The unique constraints of the company tables, by the domain key each enforces. */
  public static final List<UniqueConstraint> UNIQUE_CONSTRAINTS =
      List.of(
          new UniqueConstraint("crm_company_pk", CompanyEntity.KIND, "id"),
          new UniqueConstraint("crm_company_external_id_pk", CompanyEntity.KIND, "externalId"));

  private final UniqueKeys<CompanyEntity> uniqueKeys =
      new UniqueKeys<>(CompanyEntity.class, CompanyEntity.KIND);

  /**
   * @param session the units of work the repository runs in
   */
  public JpaCompanyRepository(JpaSession session) {
    super(
        session,
        CompanyEntity.KIND,
        CompanyEntity.class,
        CompanyEntity::new,
        CompanyId::value,
        CompanyMapper::write,
        CompanyMapper::read);
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
    requireNonNull(query, "query");
    return searchParties(
        tenant,
        query.includeArchived(),
        page,
        (where, cb, select, c) -> {
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
            where.add(searches().hasKey(cb, select, c, CompanyMapper.TAG, query.tag().value()));
          }
          if (query.namePrefix() != null) {
            where.add(
                searches().hasKeyStarting(cb, select, c, CompanyMapper.NAME, query.namePrefix()));
          }
        });
  }

  @Override
  protected void requireKeysFree(EntityManager em, Company company) {
    uniqueKeys.requireExternalIdsFree(
        em, company.tenant(), company.id().value(), company.details().externalIds());
  }
}
