package io.crmkit.core.company;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.ExternalId;
import io.crmkit.core.Page;
import io.crmkit.core.PageRequest;
import io.crmkit.core.RecordType;
import io.crmkit.core.UserId;
import io.crmkit.core.company.CompanyEvent.CompanyDeleted;
import io.crmkit.core.customfield.CustomFieldService;
import io.crmkit.core.internal.CrmContext;
import io.crmkit.core.internal.FieldErrors;
import io.crmkit.core.internal.RecordCommands;
import io.crmkit.core.party.LifecycleStage;
import io.crmkit.core.spi.CompanyRepository;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * Creates, changes, finds and removes the tenant's companies, keeping the company hierarchy free of
 * cycles.
 *
 * @since 0.1
 */
public final class CompanyService {

  private static final String KIND = "company";

  private final CrmContext context;
  private final CompanyRepository repository;
  private final CustomFieldService customFields;
  private final RecordCommands<CompanyId, Company> records;

  /**
   * @param context the opened CRM's context
   * @param repository where companies are kept
   * @param customFields the tenant's custom field definitions
   */
  public CompanyService(
      CrmContext context, CompanyRepository repository, CustomFieldService customFields) {
    this.context = requireNonNull(context, "context");
    this.repository = requireNonNull(repository, "repository");
    this.customFields = requireNonNull(customFields, "customFields");
    this.records =
        new RecordCommands<>(
            context, RecordType.COMPANY, repository::find, repository::update, Company::owner);
  }

  /** Creates a company owned by the acting user, at lifecycle stage {@code LEAD}. */
  public Company create(CompanyDetails details) {
    return create(details, context.actor(), LifecycleStage.LEAD);
  }

  /**
   * Creates a company.
   *
   * @throws io.crmkit.core.ValidationException if custom fields break their definitions
   * @throws io.crmkit.core.NotFoundException if the parent company does not exist
   */
  public Company create(CompanyDetails details, UserId owner, LifecycleStage stage) {
    requireNonNull(details, "details");
    requireNonNull(owner, "owner");
    requireNonNull(stage, "stage");
    validate(details);
    CompanyId id = CompanyId.of(context.ids().next());
    return records.create(
        id,
        owner,
        now -> {
          checkParent(id, details.parent());
          return Company.create(id, context.tenant(), details, owner, stage, now, context.actor());
        },
        repository::insert);
  }

  /**
   * Creates the company with key {@code externalId}, or replaces the details of the one that has
   * it.
   */
  public Company upsert(ExternalId externalId, CompanyDetails details) {
    requireNonNull(externalId, "externalId");
    CompanyDetails withKey =
        details.toBuilder().externalId(externalId.system(), externalId.value()).build();
    return context
        .transactions()
        .write(
            events ->
                repository
                    .findByExternalId(context.tenant(), externalId)
                    .map(existing -> update(existing.id(), existing.version(), withKey))
                    .orElseGet(() -> create(withKey)));
  }

  /**
   * Replaces the details of version {@code expectedVersion} of company {@code id}.
   *
   * @throws CompanyHierarchyException if the new parent would make it its own ancestor
   */
  public Company update(CompanyId id, long expectedVersion, CompanyDetails details) {
    requireNonNull(details, "details");
    validate(details);
    return records.change(
        id,
        expectedVersion,
        (company, now) -> {
          checkParent(id, details.parent());
          return company.update(details, now, context.actor());
        });
  }

  /** Changes some details of version {@code expectedVersion} of company {@code id}. */
  public Company edit(
      CompanyId id, long expectedVersion, UnaryOperator<CompanyDetails.Builder> edit) {
    requireNonNull(edit, "edit");
    return update(id, expectedVersion, edit.apply(get(id).details().toBuilder()).build());
  }

  /** Moves company {@code id} to lifecycle stage {@code stage}. */
  public Company moveToStage(CompanyId id, long expectedVersion, LifecycleStage stage) {
    return records.change(
        id, expectedVersion, (company, now) -> company.moveToStage(stage, now, context.actor()));
  }

  /** Gives company {@code id} to {@code owner}. */
  public Company assign(CompanyId id, long expectedVersion, UserId owner) {
    return records.change(
        id, expectedVersion, (company, now) -> company.assignTo(owner, now, context.actor()));
  }

  /** Archives company {@code id}. */
  public Company archive(CompanyId id, long expectedVersion) {
    return records.change(
        id, expectedVersion, (company, now) -> company.archive(now, context.actor()));
  }

  /** Restores archived company {@code id}. */
  public Company restore(CompanyId id, long expectedVersion) {
    return records.change(
        id, expectedVersion, (company, now) -> company.unarchive(now, context.actor()));
  }

  /** Deletes version {@code expectedVersion} of company {@code id} for good. */
  public void delete(CompanyId id, long expectedVersion) {
    records.delete(
        id,
        expectedVersion,
        repository::delete,
        (deleted, now) -> new CompanyDeleted(context.tenant(), deleted, now, context.actor()));
  }

  /**
   * Throws unless company {@code id} exists and the actor may read it, without reading the whole
   * company: for commands that link a record to it.
   *
   * @throws io.crmkit.core.NotFoundException if there is none in the tenant
   * @throws io.crmkit.core.AccessDeniedException if the actor may not read it
   */
  public void requireReadable(CompanyId id) {
    records.requireReadable(id, repository.findOwner(context.tenant(), id));
  }

  /**
   * Throws unless every company of {@code ids} exists and the actor may read it, reading their
   * owners at once: for commands that link many records to companies.
   *
   * @throws io.crmkit.core.NotFoundException for the first that is not in the tenant
   * @throws io.crmkit.core.AccessDeniedException for the first the actor may not read
   */
  public void requireAllReadable(Collection<CompanyId> ids) {
    requireNonNull(ids, "ids");
    records.requireReadable(ids, repository.findOwners(context.tenant(), ids));
  }

  /** Returns company {@code id}, or throws {@link io.crmkit.core.NotFoundException}. */
  public Company get(CompanyId id) {
    return records.get(id);
  }

  /** Returns company {@code id} if it exists. */
  public Optional<Company> find(CompanyId id) {
    return records.find(id);
  }

  /** Returns the companies among {@code ids} that exist and the actor may read, in id order. */
  public List<Company> findAll(Set<CompanyId> ids) {
    return repository.findAll(context.tenant(), ids).stream().filter(records::readable).toList();
  }

  /** Returns the company with key {@code externalId}. */
  public Optional<Company> findByExternalId(ExternalId externalId) {
    return repository.findByExternalId(context.tenant(), externalId).filter(records::readable);
  }

  /** Returns a page of the companies that match {@code query} and the actor may read. */
  public Page<Company> search(CompanyQuery query, PageRequest page) {
    requireNonNull(query, "query");
    requireNonNull(page, "page");
    return records.readable(repository.search(context.tenant(), query, page));
  }

  /** Returns the number of companies in the tenant, archived ones included. */
  public long count() {
    return repository.count(context.tenant());
  }

  private void checkParent(CompanyId id, @Nullable CompanyId parent) {
    Set<CompanyId> seen = new HashSet<>();
    for (CompanyId ancestor = parent; ancestor != null; ) {
      if (ancestor.equals(id) || !seen.add(ancestor)) {
        throw new CompanyHierarchyException(id, requireNonNull(parent));
      }
      CompanyId current = ancestor;
      ancestor =
          repository
              .find(context.tenant(), current)
              .orElseThrow(() -> records.notFound(current))
              .details()
              .parent();
    }
  }

  private void validate(CompanyDetails details) {
    FieldErrors errors = new FieldErrors();
    customFields.validate(RecordType.COMPANY, details.customFields(), errors);
    errors.throwIfAny(KIND);
  }
}
