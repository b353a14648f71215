package io.crmkit.core.spi;

import io.crmkit.core.ExternalId;
import io.crmkit.core.Page;
import io.crmkit.core.PageRequest;
import io.crmkit.core.TenantId;
import io.crmkit.core.UserId;
import io.crmkit.core.company.Company;
import io.crmkit.core.company.CompanyId;
import io.crmkit.core.company.CompanyQuery;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The port that stores companies. Every method is confined to one tenant; each external id is
 * unique within a tenant.
 *
 * <p>Adapters pass the contract suite {@code CompanyRepositoryContract} of the crm-core test-jar.
 *
 * @since 0.1
 */
public interface CompanyRepository {

  /** Returns the company {@code id} of {@code tenant}. */
  Optional<Company> find(TenantId tenant, CompanyId id);

  /**
   * Returns the owner of the company {@code id} of {@code tenant}, or empty if the tenant has no
   * such company: what an access check on a record that links to it needs, without reading the
   * whole company. Adapters that read records from elsewhere answer it from the owner alone.
   */
  default Optional<UserId> findOwner(TenantId tenant, CompanyId id) {
    return find(tenant, id).map(Company::owner);
  }

  /**
   * Returns the owners of the companies of {@code tenant} among {@code ids}, by id; ids the tenant
   * has no company for are left out. What the access checks of a batch of records that link to
   * companies need, in one reading where an adapter can (the default asks {@link #findOwner} for
   * each id).
   */
  default Map<CompanyId, UserId> findOwners(TenantId tenant, Collection<CompanyId> ids) {
    Map<CompanyId, UserId> owners = new HashMap<>();
    for (CompanyId id : ids) {
      findOwner(tenant, id).ifPresent(owner -> owners.put(id, owner));
    }
    return owners;
  }

  /**
   * Returns the companies of {@code tenant} among {@code ids}, in id order; missing ones are left
   * out.
   */
  List<Company> findAll(TenantId tenant, Collection<CompanyId> ids);

  /** Returns the company of {@code tenant} with the key {@code externalId}. */
  Optional<Company> findByExternalId(TenantId tenant, ExternalId externalId);

  /** Returns a page of the companies of {@code tenant} that match {@code query}, in id order. */
  Page<Company> search(TenantId tenant, CompanyQuery query, PageRequest page);

  /** Returns the number of companies of {@code tenant}, archived ones included. */
  long count(TenantId tenant);

  /**
   * Stores a new company.
   *
   * @throws io.crmkit.core.DuplicateException if its id or an external id is taken
   */
  void insert(Company company);

  /**
   * Replaces the stored version {@code expectedVersion} by {@code company}.
   *
   * @throws io.crmkit.core.NotFoundException if the company does not exist
   * @throws io.crmkit.core.ConcurrentUpdateException if the stored version differs
   * @throws io.crmkit.core.DuplicateException if an external id is taken by another company
   */
  void update(Company company, long expectedVersion);

  /**
   * Deletes the stored version {@code expectedVersion} of the company {@code id}.
   *
   * @throws io.crmkit.core.NotFoundException if the company does not exist
   * @throws io.crmkit.core.ConcurrentUpdateException if the stored version differs
   */
  void delete(TenantId tenant, CompanyId id, long expectedVersion);
}
