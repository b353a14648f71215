package io.crmkit.core.lead.internal;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.Changed;
import io.crmkit.core.Page;
import io.crmkit.core.PageRequest;
import io.crmkit.core.RecordType;
import io.crmkit.core.UserId;
import io.crmkit.core.company.Company;
import io.crmkit.core.company.CompanyDetails;
import io.crmkit.core.company.CompanyId;
import io.crmkit.core.company.CompanyQuery;
import io.crmkit.core.company.CompanyService;
import io.crmkit.core.company.WebDomain;
import io.crmkit.core.contact.CompanyLink;
import io.crmkit.core.contact.Contact;
import io.crmkit.core.contact.ContactDetails;
import io.crmkit.core.contact.ContactService;
import io.crmkit.core.contactpoint.EmailAddress;
import io.crmkit.core.customfield.CustomFieldService;
import io.crmkit.core.deal.Deal;
import io.crmkit.core.deal.DealDetails;
import io.crmkit.core.deal.DealRole;
import io.crmkit.core.deal.DealService;
import io.crmkit.core.deal.PipelineId;
import io.crmkit.core.deal.StageId;
import io.crmkit.core.internal.CrmContext;
import io.crmkit.core.internal.RecordCommands;
import io.crmkit.core.internal.SearchText;
import io.crmkit.core.lead.Attribution;
import io.crmkit.core.lead.Conversion;
import io.crmkit.core.lead.Lead;
import io.crmkit.core.lead.LeadDetails;
import io.crmkit.core.lead.LeadId;
import io.crmkit.core.lead.LeadQuery;
import io.crmkit.core.lead.LeadService;
import io.crmkit.core.party.LifecycleStage;
import io.crmkit.core.reason.Reason;
import io.crmkit.core.reason.ReasonCatalogue;
import io.crmkit.core.reason.ReasonService;
import io.crmkit.core.spi.LeadRepository;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The {@link LeadService} of an opened CRM, over its storage and context; built by {@code Crm}
 * only.
 */
public final class DefaultLeadService implements LeadService {

  private static final String EMPLOYEE = "employee";
  private static final int NAME_CANDIDATES = 100;

  private final CrmContext context;
  private final LeadRepository repository;
  private final ContactService contacts;
  private final CompanyService companies;
  private final DealService deals;
  private final ReasonService reasons;
  private final CustomFieldService customFields;
  private final RecordCommands<LeadId, Lead> records;

  /**
   * @param context the opened CRM's context
   * @param repository where leads are kept
   * @param contacts the contacts a lead converts into
   * @param companies the companies a lead converts into
   * @param deals the deals a lead converts into
   * @param reasons the reason catalogues (unqualified reasons)
   * @param customFields the tenant's custom field definitions
   */
  public DefaultLeadService(
      CrmContext context,
      LeadRepository repository,
      ContactService contacts,
      CompanyService companies,
      DealService deals,
      ReasonService reasons,
      CustomFieldService customFields) {
    this.context = requireNonNull(context, "context");
    this.repository = requireNonNull(repository, "repository");
    this.contacts = requireNonNull(contacts, "contacts");
    this.companies = requireNonNull(companies, "companies");
    this.deals = requireNonNull(deals, "deals");
    this.reasons = requireNonNull(reasons, "reasons");
    this.customFields = requireNonNull(customFields, "customFields");
    this.records =
        new RecordCommands<>(
            context, RecordType.LEAD, repository::find, repository::update, Lead::owner);
  }

  @Override
  public Lead capture(LeadDetails details, Attribution attribution) {
    return capture(details, attribution, context.actor());
  }

  @Override
  public Lead capture(LeadDetails details, Attribution attribution, UserId owner) {
    requireNonNull(details, "details");
    requireNonNull(attribution, "attribution");
    requireNonNull(owner, "owner");
    validate(details);
    LeadId id = LeadId.of(context.ids().next());
    return records.create(
        id,
        owner,
        now ->
            Lead.capture(id, context.tenant(), details, attribution, owner, now, context.actor()),
        repository::insert);
  }

  @Override
  public Lead update(LeadId id, long expectedVersion, LeadDetails details) {
    requireNonNull(details, "details");
    validate(details);
    return records.change(
        id, expectedVersion, (lead, now) -> lead.update(details, now, context.actor()));
  }

  @Override
  public Lead assign(LeadId id, long expectedVersion, UserId owner) {
    return records.change(
        id, expectedVersion, (lead, now) -> lead.assign(owner, now, context.actor()));
  }

  @Override
  public Lead score(LeadId id, long expectedVersion, int score) {
    return records.change(
        id, expectedVersion, (lead, now) -> lead.score(score, now, context.actor()));
  }

  @Override
  public Lead attemptContact(LeadId id, long expectedVersion) {
    return records.change(
        id, expectedVersion, (lead, now) -> lead.attemptContact(now, context.actor()));
  }

  @Override
  public Lead connect(LeadId id, long expectedVersion) {
    return records.change(id, expectedVersion, (lead, now) -> lead.connect(now, context.actor()));
  }

  @Override
  public Lead qualify(LeadId id, long expectedVersion) {
    return records.change(id, expectedVersion, (lead, now) -> lead.qualify(now, context.actor()));
  }

  @Override
  public Lead disqualify(LeadId id, long expectedVersion, String reasonCode) {
    Reason reason = reasons.get(ReasonCatalogue.UNQUALIFIED_LEAD, reasonCode);
    return records.change(
        id, expectedVersion, (lead, now) -> lead.disqualify(reason, now, context.actor()));
  }

  @Override
  public Lead nurture(LeadId id, long expectedVersion, Instant recycleAt) {
    requireNonNull(recycleAt, "recycleAt");
    return records.change(
        id, expectedVersion, (lead, now) -> lead.nurture(recycleAt, now, context.actor()));
  }

  @Override
  public Lead recycle(LeadId id, long expectedVersion) {
    return records.change(id, expectedVersion, (lead, now) -> lead.recycle(now, context.actor()));
  }

  @Override
  public List<Lead> recycleDue() {
    return context
        .transactions()
        .write(
            events -> {
              Instant now = context.now();
              List<Lead> recycled = new ArrayList<>();
              for (Lead due : repository.dueForRecycling(context.tenant(), now, MAX_RECYCLED)) {
                Changed<Lead> back = due.recycle(now, context.actor());
                repository.update(back.state(), due.version());
                events.addAll(back.events());
                recycled.add(back.state());
              }
              return List.copyOf(recycled);
            });
  }

  @Override
  public Lead convert(LeadId id, long expectedVersion) {
    return convertInto(id, expectedVersion, null, null, null);
  }

  @Override
  public Lead convert(LeadId id, long expectedVersion, PipelineId pipeline, DealDetails deal) {
    requireNonNull(pipeline, "pipeline");
    requireNonNull(deal, "deal");
    return convertInto(id, expectedVersion, pipeline, null, deal);
  }

  @Override
  public Lead convert(
      LeadId id, long expectedVersion, PipelineId pipeline, StageId stage, DealDetails deal) {
    requireNonNull(pipeline, "pipeline");
    requireNonNull(stage, "stage");
    requireNonNull(deal, "deal");
    return convertInto(id, expectedVersion, pipeline, stage, deal);
  }

  private Lead convertInto(
      LeadId id,
      long expectedVersion,
      @Nullable PipelineId pipeline,
      @Nullable StageId stage,
      @Nullable DealDetails deal) {
    return records.change(
        id,
        expectedVersion,
        (lead, now) -> {
          lead.checkConvertible();
          LeadDetails details = lead.details();
          Optional<Company> matched = matchCompany(details);
          CompanyId company =
              matched.map(Company::id).orElseGet(() -> createCompany(lead).orElse(null));
          Optional<Contact> existing = details.emailIfKnown().flatMap(contacts::findByEmail);
          Contact contact = existing.orElseGet(() -> createContact(lead, company, deal != null));
          Deal opened = null;
          if (pipeline != null && deal != null) {
            DealDetails opening = dealDetails(deal, lead, contact, company);
            opened =
                stage == null
                    ? deals.open(pipeline, opening, lead.owner())
                    : deals.open(pipeline, stage, opening, lead.owner());
          }
          Conversion conversion =
              new Conversion(
                  contact.id(),
                  existing.isEmpty(),
                  company,
                  matched.isEmpty() && company != null,
                  opened == null ? null : opened.id(),
                  now,
                  context.actor());
          return lead.convert(conversion, now, context.actor());
        });
  }

  /** The domain of a work email names the employer; an exact name is the next best clue. */
  private Optional<Company> matchCompany(LeadDetails details) {
    Optional<WebDomain> domain = details.emailIfKnown().flatMap(DefaultLeadService::domainOf);
    if (domain.isPresent()) {
      Optional<Company> byDomain =
          companies
              .search(CompanyQuery.all().withDomain(domain.get().value()), PageRequest.first(1))
              .items()
              .stream()
              .findFirst();
      if (byDomain.isPresent()) {
        return byDomain;
      }
    }
    String name = details.companyName();
    if (name.isEmpty()) {
      return Optional.empty();
    }
    String folded = SearchText.fold(name);
    String firstWord = SearchText.words(name).findFirst().orElse(folded);
    return companies
        .search(CompanyQuery.all().withNamePrefix(firstWord), PageRequest.first(NAME_CANDIDATES))
        .items()
        .stream()
        .filter(c -> SearchText.fold(c.details().name()).equals(folded))
        .findFirst();
  }

  private Optional<CompanyId> createCompany(Lead lead) {
    LeadDetails details = lead.details();
    if (details.companyName().isEmpty()) {
      return Optional.empty();
    }
    CompanyDetails.Builder company = CompanyDetails.builder().name(details.companyName());
    if (details.website() != null) {
      company.domain(details.website().value());
    }
    return Optional.of(
        companies.create(company.build(), lead.owner(), LifecycleStage.SALES_QUALIFIED).id());
  }

  private Contact createContact(Lead lead, @Nullable CompanyId company, boolean withDeal) {
    LeadDetails details = lead.details();
    ContactDetails.Builder contact =
        ContactDetails.builder().name(details.name()).jobTitle(details.jobTitle());
    if (details.email() != null) {
      contact.email(details.email().value());
    }
    if (details.phone() != null) {
      contact.phone(details.phone().e164());
    }
    if (company != null) {
      contact.company(CompanyLink.primary(company, EMPLOYEE));
    }
    return contacts.create(
        contact.build(),
        lead.owner(),
        withDeal ? LifecycleStage.OPPORTUNITY : LifecycleStage.SALES_QUALIFIED);
  }

  private static DealDetails dealDetails(
      DealDetails requested, Lead lead, Contact contact, @Nullable CompanyId company) {
    DealDetails.Builder builder = requested.toBuilder();
    if (requested.contacts().isEmpty()) {
      builder.contact(contact.id(), DealRole.DECISION_MAKER);
    }
    if (requested.company() == null) {
      builder.company(company);
    }
    if (requested.source().isEmpty()) {
      builder.source("lead:" + lead.attribution().source().name().toLowerCase(Locale.ROOT));
    }
    return builder.build();
  }

  private static Optional<WebDomain> domainOf(EmailAddress email) {
    try {
      return Optional.of(WebDomain.parse(email.domain()));
    } catch (IllegalArgumentException notAWebDomain) {
      return Optional.empty();
    }
  }

  @Override
  public Lead get(LeadId id) {
    return records.get(id);
  }

  @Override
  public Optional<Lead> find(LeadId id) {
    return records.find(id);
  }

  @Override
  public Page<Lead> search(LeadQuery query, PageRequest page) {
    requireNonNull(query, "query");
    requireNonNull(page, "page");
    return records.readable(repository.search(context.tenant(), query, page));
  }

  private void validate(LeadDetails details) {
    customFields.validate(RecordType.LEAD, details.customFields());
  }
}
