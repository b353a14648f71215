package io.crmkit.core.spi;

import io.crmkit.core.TenantId;
import io.crmkit.core.company.Company;
import io.crmkit.core.company.CompanyId;
import io.crmkit.core.company.CompanyQuery;
import java.util.Collection;
import java.util.List;

/**
 * The port that stores companies: the party port, plus reading many by id. Every method is confined
 * to one tenant; each external id is unique within a tenant.
 *
 * <p>Adapters pass the contract suite {@code CompanyRepositoryContract} of the crm-core test-jar.
 *
 * @since 0.1
 */
public interface CompanyRepository extends PartyRepository<CompanyId, Company, CompanyQuery> {

  /**
   * Returns the companies of {@code tenant} among {@code ids}, in id order; missing ones are left
   * out.
   */
  List<Company> findAll(TenantId tenant, Collection<CompanyId> ids);
}
