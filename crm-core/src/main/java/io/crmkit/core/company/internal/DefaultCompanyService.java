package io.crmkit.core.company.internal;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.Changed;
import io.crmkit.core.DomainEvent;
import io.crmkit.core.ExternalId;
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
import io.crmkit.core.customfield.CustomFields;
import io.crmkit.core.internal.CrmContext;
import io.crmkit.core.internal.LinkedRecords;
import io.crmkit.core.party.LifecycleStage;
import io.crmkit.core.party.internal.DefaultPartyService;
import io.crmkit.core.spi.CompanyRepository;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * The {@link CompanyService} of an opened CRM, over its storage and context, keeping the company
 * hierarchy free of cycles; built by {@code Crm} only.
 */
public final class DefaultCompanyService
    extends DefaultPartyService<
        CompanyId, CompanyDetails, CompanyDetails.Builder, Company, CompanyQuery>
    implements CompanyService {

  private final CompanyRepository repository;

  /**
   * @param context the opened CRM's context
   * @param repository where companies are kept
   * @param customFields the tenant's custom field definitions
   * @param linked the check of the parent company a company links to
   */
  public DefaultCompanyService(
      CrmContext context,
      CompanyRepository repository,
      CustomFieldService customFields,
      LinkedRecords linked) {
    super(context, RecordType.COMPANY, repository, customFields, linked);
    this.repository = repository;
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
          linksOf(details).require();
          checkParent(id, details.parent());
          return Company.create(id, context.tenant(), details, owner, stage, now, context.actor());
        },
        repository::insert);
  }

  @Override
  public List<Company> findAll(Set<CompanyId> ids) {
    return repository.findAll(context.tenant(), ids).stream().filter(records::readable).toList();
  }

  @Override
  protected Changed<Company> update(Company company, CompanyDetails details, Instant at) {
    Changed<Company> updated = super.update(company, details, at);
    checkParent(company.id(), details.parent());
    return updated;
  }

  @Override
  protected void addLinks(CompanyDetails details, LinkedRecords.Links links) {
    links.company(details.parent());
  }

  @Override
  protected CompanyDetails withExternalId(CompanyDetails details, ExternalId key) {
    return details.toBuilder().externalId(key.system(), key.value()).build();
  }

  @Override
  protected CompanyDetails edited(
      CompanyDetails details, UnaryOperator<CompanyDetails.Builder> edit) {
    return edit.apply(details.toBuilder()).build();
  }

  @Override
  protected CustomFields customFieldsOf(CompanyDetails details) {
    return details.customFields();
  }

  @Override
  protected DomainEvent deleted(CompanyId id, Instant at) {
    return new CompanyDeleted(context.tenant(), id, at, context.actor());
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
}
