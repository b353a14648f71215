package io.crmkit.core.internal.memory;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.Page;
import io.crmkit.core.PageRequest;
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
public final class InMemoryCompanyRepository
    extends InMemoryPartyRepository<CompanyId, Company, CompanyQuery> implements CompanyRepository {

  private static final String DOMAIN = "domain";
  private static final String PARENT = "parent";

  /**
   * @param store the store whose units of work cover this repository
   */
  public InMemoryCompanyRepository(InMemoryStore store) {
    this(store, IdOrders.byId(CompanyId::of));
  }

  private InMemoryCompanyRepository(InMemoryStore store, KeysetOrder<Company, CompanyId> byId) {
    super(
        "company",
        store,
        byId,
        c -> c.details().externalIds(),
        c -> c.details().tags(),
        CompanyQuery::nameWords,
        List.of(),
        List.of(
            new IndexDefinition<>(
                DOMAIN, c -> c.details().webDomain().map(WebDomain::value).stream().toList(), byId),
            new IndexDefinition<>(
                PARENT,
                c -> c.details().parentCompany().map(Object::toString).stream().toList(),
                byId)));
  }

  @Override
  public List<Company> findAll(TenantId tenant, Collection<CompanyId> ids) {
    return new TreeSet<>(ids)
        .stream().map(id -> table.find(tenant, id)).flatMap(Optional::stream).toList();
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
    return page(tenant, query::matches, query.namePrefix(), query.tag(), query.owner(), page);
  }
}
