package io.crmkit.core.company;

import io.crmkit.core.ExternalId;
import io.crmkit.core.Page;
import io.crmkit.core.PageRequest;
import io.crmkit.core.UserId;
import io.crmkit.core.party.LifecycleStage;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Creates, changes, finds and removes the tenant's companies, keeping the company hierarchy free of
 * cycles.
 *
 * <pre>{@code
 * Company acme = crm.companies().create(
 *     CompanyDetails.builder().name("Acme").domain("acme.com").build());
 * Company lisbon = crm.companies().create(
 *     CompanyDetails.builder().name("Acme Lisbon").parent(acme.id()).build());
 * acme = crm.companies().assign(acme, UserId.of("olivia"));
 * }</pre>
 *
 * <p>Every command on a company takes either its id and the version it was read at, or the company
 * as read; a stale version fails with {@link io.crmkit.core.ConcurrentUpdateException}.
 *
 * <p>Reached through {@link io.crmkit.core.Crm#companies()}.
 *
 * @since 0.1
 */
public interface CompanyService {

  /** Creates a company owned by the acting user, at lifecycle stage {@code LEAD}. */
  Company create(CompanyDetails details);

  /**
   * Creates a company.
   *
   * @throws io.crmkit.core.ValidationException if custom fields break their definitions
   * @throws io.crmkit.core.NotFoundException if the parent company does not exist
   */
  Company create(CompanyDetails details, UserId owner, LifecycleStage stage);

  /**
   * Creates the company with key {@code externalId}, or replaces the details of the one that has
   * it.
   */
  Company upsert(ExternalId externalId, CompanyDetails details);

  /**
   * Replaces the details of version {@code expectedVersion} of company {@code id}.
   *
   * @throws CompanyHierarchyException if the new parent would make it its own ancestor
   */
  Company update(CompanyId id, long expectedVersion, CompanyDetails details);

  /**
   * As {@link #update(CompanyId, long, CompanyDetails)}, for {@code company} at the version it was
   * read.
   */
  default Company update(Company company, CompanyDetails details) {
    return update(company.id(), company.version(), details);
  }

  /**
   * Changes some details of version {@code expectedVersion} of company {@code id}: {@code edit} is
   * given a builder holding the current details.
   */
  Company update(CompanyId id, long expectedVersion, UnaryOperator<CompanyDetails.Builder> edit);

  /**
   * As {@link #update(CompanyId, long, UnaryOperator)}, for {@code company} at the version it was
   * read.
   */
  default Company update(Company company, UnaryOperator<CompanyDetails.Builder> edit) {
    return update(company.id(), company.version(), edit);
  }

  /** Moves company {@code id} to lifecycle stage {@code stage}. */
  Company moveTo(CompanyId id, long expectedVersion, LifecycleStage stage);

  /**
   * As {@link #moveTo(CompanyId, long, LifecycleStage)}, for {@code company} at the version it was
   * read.
   */
  default Company moveTo(Company company, LifecycleStage stage) {
    return moveTo(company.id(), company.version(), stage);
  }

  /** Gives company {@code id} to {@code owner}. */
  Company assign(CompanyId id, long expectedVersion, UserId owner);

  /**
   * As {@link #assign(CompanyId, long, UserId)}, for {@code company} at the version it was read.
   */
  default Company assign(Company company, UserId owner) {
    return assign(company.id(), company.version(), owner);
  }

  /** Archives company {@code id}. */
  Company archive(CompanyId id, long expectedVersion);

  /** As {@link #archive(CompanyId, long)}, for {@code company} at the version it was read. */
  default Company archive(Company company) {
    return archive(company.id(), company.version());
  }

  /** Makes archived company {@code id} writable and searchable again. */
  Company unarchive(CompanyId id, long expectedVersion);

  /** As {@link #unarchive(CompanyId, long)}, for {@code company} at the version it was read. */
  default Company unarchive(Company company) {
    return unarchive(company.id(), company.version());
  }

  /** Deletes version {@code expectedVersion} of company {@code id} for good. */
  void delete(CompanyId id, long expectedVersion);

  /** As {@link #delete(CompanyId, long)}, for {@code company} at the version it was read. */
  default void delete(Company company) {
    delete(company.id(), company.version());
  }

  /**
   * Throws unless company {@code id} exists and the actor may read it, without reading the whole
   * company: for commands that link a record to it.
   *
   * @throws io.crmkit.core.NotFoundException if there is none in the tenant
   * @throws io.crmkit.core.AccessDeniedException if the actor may not read it
   */
  void requireReadable(CompanyId id);

  /**
   * Throws unless every company of {@code ids} exists and the actor may read it, reading their
   * owners at once: for commands that link many records to companies.
   *
   * @throws io.crmkit.core.NotFoundException for the first that is not in the tenant
   * @throws io.crmkit.core.AccessDeniedException for the first the actor may not read
   */
  void requireAllReadable(Collection<CompanyId> ids);

  /** Returns company {@code id}, or throws {@link io.crmkit.core.NotFoundException}. */
  Company get(CompanyId id);

  /** Returns company {@code id} if it exists. */
  Optional<Company> find(CompanyId id);

  /** Returns the companies among {@code ids} that exist and the actor may read, in id order. */
  List<Company> findAll(Set<CompanyId> ids);

  /** Returns the company with key {@code externalId}. */
  Optional<Company> findByExternalId(ExternalId externalId);

  /** Returns a page of the companies that match {@code query} and the actor may read. */
  Page<Company> search(CompanyQuery query, PageRequest page);

  /** Returns the number of companies in the tenant, archived ones included. */
  long count();
}
