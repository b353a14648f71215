package io.crmkit.core;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.automation.AutomationService;
import io.crmkit.core.automation.DueKind;
import io.crmkit.core.automation.DueWork;
import io.crmkit.core.automation.internal.DefaultAutomationService;
import io.crmkit.core.automation.internal.RuleTargets;
import io.crmkit.core.calendar.BusinessCalendar;
import io.crmkit.core.campaign.CampaignService;
import io.crmkit.core.campaign.UnsubscribeEndpoint;
import io.crmkit.core.campaign.internal.DefaultCampaignService;
import io.crmkit.core.campaign.internal.RecipientPersonalData;
import io.crmkit.core.commerce.CommerceService;
import io.crmkit.core.commerce.internal.DefaultCommerceService;
import io.crmkit.core.commerce.internal.OrderPersonalData;
import io.crmkit.core.company.CompanyService;
import io.crmkit.core.company.internal.DefaultCompanyService;
import io.crmkit.core.consent.ConsentService;
import io.crmkit.core.consent.internal.ConsentPersonalData;
import io.crmkit.core.consent.internal.DefaultConsentService;
import io.crmkit.core.consent.internal.UnsubscribeTokens;
import io.crmkit.core.contact.ContactService;
import io.crmkit.core.contact.internal.ContactPersonalData;
import io.crmkit.core.contact.internal.DefaultContactService;
import io.crmkit.core.customfield.CustomFieldService;
import io.crmkit.core.customfield.internal.DefaultCustomFieldService;
import io.crmkit.core.deal.DealService;
import io.crmkit.core.deal.PipelineService;
import io.crmkit.core.deal.internal.DealPersonalData;
import io.crmkit.core.deal.internal.DefaultDealService;
import io.crmkit.core.deal.internal.DefaultPipelineService;
import io.crmkit.core.importing.Importer;
import io.crmkit.core.importing.internal.DefaultImporter;
import io.crmkit.core.internal.CrmContext;
import io.crmkit.core.internal.CrmModuleContext;
import io.crmkit.core.internal.LinkedRecords;
import io.crmkit.core.knowledge.KnowledgeService;
import io.crmkit.core.knowledge.internal.DefaultKnowledgeService;
import io.crmkit.core.lead.LeadService;
import io.crmkit.core.lead.internal.DefaultLeadService;
import io.crmkit.core.lead.internal.LeadPersonalData;
import io.crmkit.core.merge.MergeService;
import io.crmkit.core.merge.internal.DefaultMergeService;
import io.crmkit.core.merge.internal.MergePersonalData;
import io.crmkit.core.message.MessageService;
import io.crmkit.core.message.internal.DefaultMessageService;
import io.crmkit.core.message.internal.Messaging;
import io.crmkit.core.privacy.PrivacyService;
import io.crmkit.core.privacy.internal.DefaultPrivacyService;
import io.crmkit.core.reason.ReasonService;
import io.crmkit.core.reason.internal.DefaultReasonService;
import io.crmkit.core.sequence.SequenceService;
import io.crmkit.core.sequence.internal.DefaultSequenceService;
import io.crmkit.core.sequence.internal.EnrollmentPersonalData;
import io.crmkit.core.spi.ArticleIndex;
import io.crmkit.core.spi.AudienceResolver;
import io.crmkit.core.spi.CrmStorage;
import io.crmkit.core.spi.ModuleContext;
import io.crmkit.core.spi.Notifier;
import io.crmkit.core.spi.PersonalDataHolder;
import io.crmkit.core.task.TaskService;
import io.crmkit.core.task.internal.DefaultTaskService;
import io.crmkit.core.task.internal.TaskPersonalData;
import io.crmkit.core.ticket.TicketService;
import io.crmkit.core.ticket.internal.DefaultTicketService;
import io.crmkit.core.ticket.internal.SlaClocks;
import io.crmkit.core.ticket.internal.TicketPersonalData;
import io.crmkit.core.ticket.internal.TicketPorts;
import io.crmkit.core.timeline.TimelineService;
import io.crmkit.core.timeline.internal.DefaultTimelineService;
import io.crmkit.core.timeline.internal.TimelinePersonalData;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * A CRM opened for one tenant and one acting user: the entry point to every feature.
 *
 * <pre>{@code
 * Crm crm = Crm.inMemory();
 * Contact ana = crm.contacts().create(
 *     ContactDetails.builder().name("Ana", "Lima").email("ana@example.com").build());
 * }</pre>
 *
 * <p>A host serving many tenants builds one CRM and opens it for each request with {@link
 * #forTenant}: the storage, clock and policies are shared, the tenant and actor are not. A Crm is
 * immutable and thread-safe.
 *
 * @since 0.1
 */
public final class Crm {

  private final CrmContext context;
  private final CrmStorage storage;
  private final BusinessCalendar calendar;
  private final ArticleIndex articleIndex;
  private final Notifier notifier;
  private final CustomFieldService customFields;
  private final ContactService contacts;
  private final CompanyService companies;
  private final TimelineService timeline;
  private final TaskService tasks;
  private final Importer importer;
  private final ReasonService reasons;
  private final PipelineService pipelines;
  private final DealService deals;
  private final LeadService leads;
  private final KnowledgeService knowledge;

  private final List<PersonalDataHolder> addedHolders;
  private final PrivacyService privacy;
  private final MergeService merges;

  private final TicketService tickets;

  private final CommerceService commerce;
  private final @Nullable UnsubscribeTokens unsubscribeTokens;
  private final ConsentService consent;

  private final AudienceResolver audiences;
  private final RuleTargets ruleTargets;
  private final @Nullable UnsubscribeEndpoint unsubscribeEndpoint;
  private final CampaignService campaigns;

  private final Messaging messaging;
  private final MessageService messages;
  private final Map<DueKind, DueWork> dueWork;
  private final AutomationService automation;
  private final SequenceService sequences;

  /**
   * @param addedHolders the personal-data holders of modules and of the host, asked after
   *     crm-core's own and before the storage's
   * @param notifier who delivers the notifications of SLA escalations
   * @param articleIndex the full-text index of the knowledge base's articles
   * @param unsubscribeTokens signs unsubscribe links; null if the host gave no secret
   * @param audiences resolves campaign audiences into contacts
   * @param ruleTargets the static lists and sequences that workflow rules add contacts to
   * @param unsubscribeEndpoint where campaign recipients unsubscribe; null if the host gave none
   * @param messaging the gateway messages leave through and the host's user directory
   * @param dueWork the performer of each kind of due work
   */
  Crm(
      CrmContext context,
      CrmStorage storage,
      BusinessCalendar calendar,
      List<PersonalDataHolder> addedHolders,
      Notifier notifier,
      ArticleIndex articleIndex,
      @Nullable UnsubscribeTokens unsubscribeTokens,
      AudienceResolver audiences,
      RuleTargets ruleTargets,
      @Nullable UnsubscribeEndpoint unsubscribeEndpoint,
      Messaging messaging,
      Map<DueKind, DueWork> dueWork) {
    this.context = requireNonNull(context, "context");
    this.notifier = requireNonNull(notifier, "notifier");
    this.storage = requireNonNull(storage, "storage");
    this.calendar = requireNonNull(calendar, "calendar");
    this.articleIndex = requireNonNull(articleIndex, "articleIndex");
    this.addedHolders = List.copyOf(addedHolders);
    this.unsubscribeTokens = unsubscribeTokens;
    this.audiences = requireNonNull(audiences, "audiences");
    this.ruleTargets = requireNonNull(ruleTargets, "ruleTargets");
    this.unsubscribeEndpoint = unsubscribeEndpoint;
    // one check of linked ids for every service, so that no command stores a foreign link
    LinkedRecords links = new LinkedRecords(context, storage);
    this.customFields = new DefaultCustomFieldService(context, storage.customFields());
    this.contacts = new DefaultContactService(context, storage.contacts(), customFields, links);
    this.companies = new DefaultCompanyService(context, storage.companies(), customFields, links);
    this.timeline =
        new DefaultTimelineService(context, storage.activities(), contacts, companies, links);
    this.tasks = new DefaultTaskService(context, storage.tasks(), calendar, links);
    this.importer = new DefaultImporter(context, contacts, companies, customFields);
    this.reasons = new DefaultReasonService(context, storage.reasons());
    this.pipelines = new DefaultPipelineService(context, storage.pipelines(), storage.deals());
    this.deals =
        new DefaultDealService(context, storage.deals(), pipelines, reasons, customFields, links);
    this.leads =
        new DefaultLeadService(
            context, storage.leads(), contacts, companies, deals, reasons, customFields);
    this.knowledge = new DefaultKnowledgeService(context, storage::articles, articleIndex, links);
    this.merges = new DefaultMergeService(context, storage);
    this.consent =
        new DefaultConsentService(
            context,
            storage::consents,
            storage::suppressions,
            storage.contacts(),
            links,
            unsubscribeTokens);
    this.privacy =
        new DefaultPrivacyService(
            context, storage.contacts(), moduleContext(), personalDataHolders());
    // asked for on first use: a storage may keep no tickets
    this.tickets =
        new DefaultTicketService(
            context,
            storage::tickets,
            customFields,
            timeline,
            links,
            new SlaClocks(calendar),
            () -> storage.port(TicketPorts.SLA_POLICIES),
            tasks,
            notifier);
    // asked for on first use: a storage may keep no products or orders
    this.commerce =
        new DefaultCommerceService(
            context, storage::products, storage::orders, timeline, deals, links);
    this.messaging = requireNonNull(messaging, "messaging");
    this.messages =
        new DefaultMessageService(
            context, storage::templates, customFields, contacts, companies, messaging.users());
    this.campaigns =
        DefaultCampaignService.create(
            context,
            storage::campaigns,
            storage::recipients,
            storage::deals,
            links,
            timeline,
            consent,
            audience -> audiences.resolve(this, audience),
            messages,
            messaging.gateway(),
            unsubscribeEndpoint);
    this.dueWork = Map.copyOf(dueWork);
    // asked for on first use: a storage may keep no due work
    this.automation =
        new DefaultAutomationService(context, storage, dueWork, ruleTargets, () -> this);
    // asked for on first use: a storage may keep no sequences
    this.sequences =
        new DefaultSequenceService(
            context, storage::sequences, storage::enrollments, storage::dueWork, links, messages);
  }

  /** Returns every keeper of personal data, in the order a request asks them. */
  private List<PersonalDataHolder> personalDataHolders() {
    List<PersonalDataHolder> holders = new ArrayList<>();
    holders.add(new ContactPersonalData(storage.contacts()));
    holders.add(new TimelinePersonalData(storage.activities()));
    holders.add(new LeadPersonalData(storage.leads()));
    holders.add(new DealPersonalData(storage.deals()));
    holders.add(new TaskPersonalData(storage.tasks()));
    kept(storage::tickets).ifPresent(tickets -> holders.add(new TicketPersonalData(tickets)));
    kept(storage::mergeJournal).ifPresent(journal -> holders.add(new MergePersonalData(journal)));
    kept(storage::orders).ifPresent(orders -> holders.add(new OrderPersonalData(orders)));
    kept(storage::recipients).ifPresent(sent -> holders.add(new RecipientPersonalData(sent)));
    kept(storage::consents)
        .flatMap(
            ledger ->
                kept(storage::suppressions).map(list -> new ConsentPersonalData(ledger, list)))
        .ifPresent(holders::add);
    kept(storage::enrollments).ifPresent(kept -> holders.add(new EnrollmentPersonalData(kept)));
    holders.addAll(addedHolders);
    holders.addAll(storage.personalDataHolders());
    return holders;
  }

  /** Returns a store the storage may keep: one written before tickets or merges keeps none. */
  private static <T> Optional<T> kept(Supplier<T> store) {
    try {
      return Optional.of(store.get());
    } catch (UnsupportedOperationException notKept) {
      return Optional.empty();
    }
  }

  /**
   * Returns a new CRM in memory for the tenant {@code default} and the actor {@code system}, on the
   * system clock: the quickest way to try crmkit, and a fake for test suites.
   */
  public static Crm inMemory() {
    return builder().build();
  }

  /** Returns a builder to choose the storage, tenant, actor, clock, calendar and policies. */
  public static CrmBuilder builder() {
    return new CrmBuilder();
  }

  /**
   * Returns the same CRM (same storage, clock and policies) opened for another tenant and actor.
   */
  public Crm forTenant(TenantId tenant, UserId actor) {
    return new Crm(
        context.forTenant(tenant, actor),
        storage,
        calendar,
        addedHolders,
        notifier,
        articleIndex,
        unsubscribeTokens,
        audiences,
        ruleTargets,
        unsubscribeEndpoint,
        messaging,
        dueWork);
  }

  /** Returns the same CRM and tenant, acting as another user. */
  public Crm actingAs(UserId actor) {
    return forTenant(context.tenant(), actor);
  }

  /** Returns the contacts. */
  public ContactService contacts() {
    return contacts;
  }

  /**
   * Returns the sales sequences and the enrollments of contacts in them, whose steps run as due
   * work of {@link #automation()}.
   *
   * @throws UnsupportedOperationException on use, if the storage keeps no sequences
   */
  public SequenceService sequences() {
    return sequences;
  }

  /** Returns the companies. */
  public CompanyService companies() {
    return companies;
  }

  /** Returns the timeline and the 360-degree view. */
  public TimelineService timeline() {
    return timeline;
  }

  /** Returns the support tickets. */
  public TicketService tickets() {
    return tickets;
  }

  /**
   * Returns the product catalogue and the orders contacts place.
   *
   * @throws UnsupportedOperationException on use, if the storage keeps no products or orders
   */
  public CommerceService commerce() {
    return commerce;
  }

  /**
   * Returns the consent ledger, double opt-in, the suppression list and the one question every
   * sender asks before handing a message to the gateway: {@code consent().maySend(..)}.
   *
   * @throws UnsupportedOperationException on use, if the storage keeps no consent ledger
   */
  public ConsentService consent() {
    return consent;
  }

  /**
   * Returns the marketing campaigns: drafts, schedules, the sending due work and the provider's
   * engagement events.
   *
   * @throws UnsupportedOperationException on use, if the storage keeps no campaigns
   */
  public CampaignService campaigns() {
    return campaigns;
  }

  /**
   * Returns the due work: scheduled work and the runs that perform whatever is due, exactly once.
   *
   * @throws UnsupportedOperationException on use, if the storage keeps no due work
   */
  public AutomationService automation() {
    return automation;
  }

  /** Returns the tasks and reminders. */
  public TaskService tasks() {
    return tasks;
  }

  /** Returns the importer of records from rows of text, with row-level reports. */
  public Importer importer() {
    return importer;
  }

  /** Returns the leads: capture, qualification, recycling and conversion. */
  public LeadService leads() {
    return leads;
  }

  /** Returns the sales pipelines and their stages. */
  public PipelineService pipelines() {
    return pipelines;
  }

  /** Returns the deals. */
  public DealService deals() {
    return deals;
  }

  /**
   * Returns the knowledge base: articles, their search and the ones that solve tickets.
   *
   * @throws UnsupportedOperationException on use, if the storage keeps no articles
   */
  public KnowledgeService knowledge() {
    return knowledge;
  }

  /**
   * Returns the merges of duplicate contacts and companies: preview, merge and unmerge.
   *
   * @throws UnsupportedOperationException on use, if the storage keeps no merge journal
   */
  public MergeService merges() {
    return merges;
  }

  /**
   * Returns the message templates and the messages composed from them for the CRM's {@link
   * io.crmkit.core.spi.MessageGateway}.
   *
   * @throws UnsupportedOperationException on use of templates, if the storage keeps none
   */
  public MessageService messages() {
    return messages;
  }

  /** Returns the reason catalogues: why deals are lost and leads disqualified. */
  public ReasonService reasons() {
    return reasons;
  }

  /**
   * Returns the data-subject requests: access to, and erasure of, everything the tenant holds about
   * one person.
   */
  public PrivacyService privacy() {
    return privacy;
  }

  /** Returns the tenant's custom field definitions. */
  public CustomFieldService customFields() {
    return customFields;
  }

  /**
   * Runs {@code commands}, calls of this CRM's services, as one unit of work: all of their writes
   * are applied or none is, and their events are published once, after the unit commits. A command
   * that fails inside throws out of this method, undoing the commands before it.
   *
   * <pre>{@code
   * Deal won = crm.atomically(() -> {
   *   crm.contacts().moveTo(ana, LifecycleStage.CUSTOMER);
   *   return crm.deals().win(offer);
   * });
   * }</pre>
   *
   * @return what {@code commands} returns
   */
  public <T> T atomically(Supplier<T> commands) {
    requireNonNull(commands, "commands");
    return context.transactions().write(events -> commands.get());
  }

  /**
   * Returns what a module that extends the CRM (crm-scoring) builds its services on: the storage's
   * ports for the module and the CRM's units of work. Hosts do not need it.
   */
  public ModuleContext moduleContext() {
    return new CrmModuleContext(context, storage);
  }

  /** Returns the tenant this CRM is opened for. */
  public TenantId tenant() {
    return context.tenant();
  }

  /** Returns the user this CRM acts for. */
  public UserId actor() {
    return context.actor();
  }

  /** Returns the CRM's clock. */
  public Clock clock() {
    return context.clock();
  }

  /** Returns the team's business calendar. */
  public BusinessCalendar calendar() {
    return calendar;
  }
}
