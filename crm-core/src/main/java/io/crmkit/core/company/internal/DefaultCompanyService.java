package io.crmkit.core.company.internal;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.ExternalId;
import io.crmkit.core.Page;
import io.crmkit.core.PageRequest;
import io.crmkit.core.RecordType;
import io.crmkit.core.UserId;
import io.crmkit.core.company.Company;
import io.crmkit.core.company.CompanyDetails;
import io.crmkit.core.company.CompanyEvent.CompanyDeleted;
import io.crmkit.core.company.CompanyHierarchyException;
import io.crmkit.core.company.CompanyId;
import io.crmkit.core.company.CompanyQuery;
import io.crmkit.core.company.CompanyService;
import io.crmkit.core.customfield.CustomFieldService;
import io.crmkit.core.internal.CrmContext;
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
 * The {@link CompanyService} of an opened CRM, over its storage and context; built by {@code Crm}
 * only.
 */
public final class DefaultCompanyService implements CompanyService {

  private final CrmContext context;
  private final CompanyRepository repository;
  private final CustomFieldService customFields;
  private final RecordCommands<CompanyId, Company> records;

  /**
   * @param context the opened CRM's context
   * @param repository where companies are kept
   * @param customFields the tenant's custom field definitions
   */
  public DefaultCompanyService(
      CrmContext context, CompanyRepository repository, CustomFieldService customFields) {
    this.context = requireNonNull(context, "context");
    this.repository = requireNonNull(repository, "repository");
    this.customFields = requireNonNull(customFields, "customFields");
    this.records =
        new RecordCommands<>(
            context, RecordType.COMPANY, repository::find, repository::update, Company::owner);
  }

  @Override
  public Company create(CompanyDetails details) {
    return create(details, context.actor(), LifecycleStage.LEAD);
  }

  @Override
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

  @Override
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

  @Override
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

  @Override
  public Company update(
      CompanyId id, long expectedVersion, UnaryOperator<CompanyDetails.Builder> edit) {
    requireNonNull(edit, "edit");
    return update(id, expectedVersion, edit.apply(get(id).details().toBuilder()).build());
  }

  @Override
  public Company moveTo(CompanyId id, long expectedVersion, LifecycleStage stage) {
    return records.change(
        id, expectedVersion, (company, now) -> company.moveTo(stage, now, context.actor()));
  }

  @Override
  public Company assign(CompanyId id, long expectedVersion, UserId owner) {
    return records.change(
        id, expectedVersion, (company, now) -> company.assign(owner, now, context.actor()));
  }

  @Override
  public Company archive(CompanyId id, long expectedVersion) {
    return records.change(
        id, expectedVersion, (company, now) -> company.archive(now, context.actor()));
  }

  @Override
  public Company unarchive(CompanyId id, long expectedVersion) {
    return records.change(
        id, expectedVersion, (company, now) -> company.unarchive(now, context.actor()));
  }

  @Override
  public void delete(CompanyId id, long expectedVersion) {
    records.delete(
        id,
        expectedVersion,
        repository::delete,
        (deleted, now) -> new CompanyDeleted(context.tenant(), deleted, now, context.actor()));
  }

  @Override
  public void requireReadable(CompanyId id) {
    records.requireReadable(id, repository.findOwner(context.tenant(), id));
  }

  @Override
  public void requireAllReadable(Collection<CompanyId> ids) {
    requireNonNull(ids, "ids");
    records.requireReadable(ids, repository.findOwners(context.tenant(), ids));
  }

  @Override
  public Company get(CompanyId id) {
    return records.get(id);
  }

  @Override
  public Optional<Company> find(CompanyId id) {
    return records.find(id);
  }

  @Override
  public List<Company> findAll(Set<CompanyId> ids) {
    return repository.findAll(context.tenant(), ids).stream().filter(records::readable).toList();
  }

  @Override
  public Optional<Company> findByExternalId(ExternalId externalId) {
    return repository.findByExternalId(context.tenant(), externalId).filter(records::readable);
  }

  @Override
  public Page<Company> search(CompanyQuery query, PageRequest page) {
    requireNonNull(query, "query");
    requireNonNull(page, "page");
    return records.readable(repository.search(context.tenant(), query, page));
  }

  @Override
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
    customFields.validate(RecordType.COMPANY, details.customFields());
  }
}
