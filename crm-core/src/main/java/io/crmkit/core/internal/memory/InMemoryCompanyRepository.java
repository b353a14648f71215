package io.crmkit.core.internal.memory;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.ExternalId;
import io.crmkit.core.Page;
import io.crmkit.core.PageRequest;
import io.crmkit.core.Tag;
import io.crmkit.core.TenantId;
import io.crmkit.core.company.Company;
import io.crmkit.core.company.CompanyId;
import io.crmkit.core.company.CompanyQuery;
import io.crmkit.core.company.WebDomain;
import io.crmkit.core.spi.CompanyRepository;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Companies in memory, indexed by external id, web domain, owner, tag, parent and name-word prefix.
 *
 * @since 0.1
 */
public final class InMemoryCompanyRepository implements CompanyRepository {

  private static final String EXTERNAL_ID = "externalId";
  private static final String DOMAIN = "domain";
  private static final String OWNER = "owner";
  private static final String TAG = "tag";
  private static final String PARENT = "parent";
  private static final String NAME = "name";

  private final InMemoryTable<CompanyId, Company> table;

  /**
   * @param store the store whose units of work cover this repository
   */
  public InMemoryCompanyRepository(InMemoryStore store) {
    KeysetOrder<Company, CompanyId> byId = IdOrders.byId(CompanyId::of);
    table =
        new InMemoryTable<>(
            "company",
            store,
            byId,
            List.of(
                new UniqueKey<>(
                    EXTERNAL_ID,
                    c -> c.details().externalIds().stream().map(ExternalId::key).toList())),
            List.of(
                new IndexDefinition<>(
                    DOMAIN,
                    c -> c.details().webDomain().map(WebDomain::value).stream().toList(),
                    byId),
                new IndexDefinition<>(OWNER, c -> List.of(c.owner().value()), byId),
                new IndexDefinition<>(
                    TAG, c -> c.details().tags().stream().map(Tag::value).toList(), byId),
                new IndexDefinition<>(
                    PARENT,
                    c -> c.details().parentCompany().map(Object::toString).stream().toList(),
                    byId),
                new IndexDefinition<>(
                    NAME, c -> NamePrefixes.keys(CompanyQuery.nameWords(c)), byId)));
  }

  @Override
  public Optional<Company> find(TenantId tenant, CompanyId id) {
    return table.find(tenant, id);
  }

  @Override
  public List<Company> findAll(TenantId tenant, Collection<CompanyId> ids) {
    return new TreeSet<>(ids)
        .stream().map(id -> table.find(tenant, id)).flatMap(Optional::stream).toList();
  }

  @Override
  public Optional<Company> findByExternalId(TenantId tenant, ExternalId externalId) {
    return table.findUnique(tenant, EXTERNAL_ID, externalId.key());
  }

  @Override
  public Page<Company> search(TenantId tenant, CompanyQuery query, PageRequest page) {
    requireNonNull(query, "query");
    if (query.domain() != null) {
      return table.page(tenant, DOMAIN, query.domain().value(), query::matches, page);
    }
    if (query.parent() != null) {
      return table.page(tenant, PARENT, query.parent().toString(), query::matches, page);
    }
    if (query.namePrefix() != null) {
      return table.page(
          tenant, NAME, NamePrefixes.keyFor(query.namePrefix()), query::matches, page);
    }
    if (query.tag() != null) {
      return table.page(tenant, TAG, query.tag().value(), query::matches, page);
    }
    if (query.owner() != null) {
      return table.page(tenant, OWNER, query.owner().value(), query::matches, page);
    }
    return table.page(tenant, query::matches, page);
  }

  @Override
  public long count(TenantId tenant) {
    return table.count(tenant);
  }

  @Override
  public void insert(Company company) {
    table.insert(company);
  }

  @Override
  public void update(Company company, long expectedVersion) {
    table.update(company, expectedVersion);
  }

  @Override
  public void delete(TenantId tenant, CompanyId id, long expectedVersion) {
    table.delete(tenant, id, expectedVersion);
  }
}
