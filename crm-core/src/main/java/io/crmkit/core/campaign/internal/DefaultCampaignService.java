package io.crmkit.core.campaign.internal;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.crmkit.core.Changed;
import io.crmkit.core.Page;
import io.crmkit.core.PageRequest;
import io.crmkit.core.RecordType;
import io.crmkit.core.campaign.AttributionModel;
import io.crmkit.core.campaign.Audience;
import io.crmkit.core.campaign.Campaign;
import io.crmkit.core.campaign.CampaignAction;
import io.crmkit.core.campaign.CampaignDetails;
import io.crmkit.core.campaign.CampaignFunnel;
import io.crmkit.core.campaign.CampaignId;
import io.crmkit.core.campaign.CampaignReport;
import io.crmkit.core.campaign.CampaignService;
import io.crmkit.core.campaign.DueRun;
import io.crmkit.core.campaign.ProviderEvent;
import io.crmkit.core.campaign.Recipient;
import io.crmkit.core.campaign.UnsubscribeEndpoint;
import io.crmkit.core.consent.ConsentService;
import io.crmkit.core.contact.ContactId;
import io.crmkit.core.internal.CrmContext;
import io.crmkit.core.internal.LinkedRecords;
import io.crmkit.core.internal.Pages;
import io.crmkit.core.internal.RecordCommands;
import io.crmkit.core.message.MessageService;
import io.crmkit.core.spi.CampaignRepository;
import io.crmkit.core.spi.DealRepository;
import io.crmkit.core.spi.MessageGateway;
import io.crmkit.core.spi.RecipientRepository;
import io.crmkit.core.timeline.TimelineService;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The {@link CampaignService} of an opened CRM, over its storage and context; built by {@code Crm}
 * only.
 */
public final class DefaultCampaignService implements CampaignService {

  private static final Set<CampaignAction> BY_HAND =
      Set.of(
          CampaignAction.UNSCHEDULE,
          CampaignAction.PAUSE,
          CampaignAction.RESUME,
          CampaignAction.CANCEL);

  private final CrmContext context;
  private final Supplier<CampaignRepository> campaigns;
  private final Supplier<RecipientRepository> recipients;
  private final LinkedRecords linked;
  private final RecordCommands<CampaignId, Campaign> records;
  private final CampaignDueWork dueWork;
  private final EngagementRecorder engagements;
  private final CampaignAttribution attribution;

  private DefaultCampaignService(
      CrmContext context,
      Supplier<CampaignRepository> campaigns,
      Supplier<RecipientRepository> recipients,
      LinkedRecords linked,
      CampaignDueWork dueWork,
      EngagementRecorder engagements,
      CampaignAttribution attribution) {
    this.context = requireNonNull(context, "context");
    this.campaigns = requireNonNull(campaigns, "campaigns");
    this.recipients = requireNonNull(recipients, "recipients");
    this.linked = requireNonNull(linked, "linked");
    this.dueWork = requireNonNull(dueWork, "dueWork");
    this.engagements = requireNonNull(engagements, "engagements");
    this.attribution = requireNonNull(attribution, "attribution");
    this.records =
        new RecordCommands<>(
            context,
            RecordType.CAMPAIGN,
            (tenant, id) -> campaigns.get().find(tenant, id),
            (campaign, version) -> campaigns.get().update(campaign, version),
            Campaign::owner);
  }

  /**
   * Returns the campaigns of an opened CRM.
   *
   * @param context the opened CRM's context
   * @param campaigns where campaigns are kept, asked for on first use (a storage may keep none)
   * @param recipients where their recipients are kept, asked for on first use
   * @param deals the deals campaigns are credited with
   * @param linked the check of the contacts asked about
   * @param timeline where engagement lands as campaign activities
   * @param consent asked before every message, and told of bounces, complaints and unsubscribes
   * @param audiences resolves a campaign's audience into the tenant's contacts when it starts
   * @param messages composes each recipient's message from the campaign's template
   * @param gateway where messages leave the CRM
   * @param endpoint where the host takes unsubscribes; null if it gave none, and then nothing is
   *     sent
   */
  public static DefaultCampaignService create(
      CrmContext context,
      Supplier<CampaignRepository> campaigns,
      Supplier<RecipientRepository> recipients,
      Supplier<DealRepository> deals,
      LinkedRecords linked,
      TimelineService timeline,
      ConsentService consent,
      Function<Audience, Set<ContactId>> audiences,
      MessageService messages,
      MessageGateway gateway,
      @Nullable UnsubscribeEndpoint endpoint) {
    CampaignDueWork dueWork =
        new CampaignDueWork(
            context,
            campaigns,
            recipients,
            audiences,
            () ->
                new ConsentedDispatch(
                    consent, new GatewaySender(messages, gateway, consent, endpoint)));
    EngagementRecorder engagements =
        new EngagementRecorder(
            context, campaigns, recipients, timeline, new ConsentEffects(consent));
    return new DefaultCampaignService(
        context,
        campaigns,
        recipients,
        linked,
        dueWork,
        engagements,
        new CampaignAttribution(deals, recipients));
  }

  @Override
  public Campaign create(CampaignDetails details) {
    requireNonNull(details, "details");
    CampaignId id = CampaignId.of(context.ids().next());
    return records.create(
        id,
        context.actor(),
        now -> Campaign.create(id, context.tenant(), details, now, context.actor()),
        campaign -> campaigns.get().insert(campaign));
  }

  @Override
  public Campaign update(CampaignId id, long expectedVersion, CampaignDetails details) {
    requireNonNull(details, "details");
    return change(
        id, expectedVersion, (campaign, now) -> campaign.update(details, now, context.actor()));
  }

  @Override
  public Campaign schedule(CampaignId id, long expectedVersion, Instant sendAt) {
    requireNonNull(sendAt, "sendAt");
    return change(
        id, expectedVersion, (campaign, now) -> campaign.schedule(sendAt, now, context.actor()));
  }

  @Override
  public Campaign move(CampaignId id, long expectedVersion, CampaignAction action) {
    requireNonNull(action, "action");
    checkArgument(
        BY_HAND.contains(action),
        "the due work does %s itself; move a campaign by hand with one of %s",
        action,
        BY_HAND);
    return change(
        id, expectedVersion, (campaign, now) -> campaign.move(action, now, context.actor()));
  }

  private Campaign change(
      CampaignId id,
      long expectedVersion,
      BiFunction<Campaign, Instant, Changed<Campaign>> command) {
    return records.change(id, expectedVersion, command);
  }

  @Override
  public Optional<Campaign> find(CampaignId id) {
    return records.find(id);
  }

  @Override
  public Campaign get(CampaignId id) {
    return records.get(id);
  }

  @Override
  public Optional<Campaign> findByName(String name) {
    requireNonNull(name, "name");
    return campaigns.get().findByName(context.tenant(), name).flatMap(found -> find(found.id()));
  }

  @Override
  public Page<Campaign> list(PageRequest page) {
    requireNonNull(page, "page");
    return campaigns.get().list(context.tenant(), page);
  }

  @Override
  public DueRun runDue() {
    return dueWork.run();
  }

  @Override
  public Optional<Recipient> record(ProviderEvent event) {
    return engagements.record(requireNonNull(event, "event"));
  }

  @Override
  public Page<Recipient> recipients(CampaignId id, PageRequest page) {
    requireNonNull(page, "page");
    get(id);
    return recipients.get().ofCampaign(context.tenant(), id, page);
  }

  @Override
  public List<Recipient> recipientsOf(ContactId contact) {
    requireNonNull(contact, "contact");
    linked.links().contact(contact).require();
    return recipients.get().ofContact(context.tenant(), contact);
  }

  @Override
  public CampaignFunnel funnel(CampaignId id) {
    get(id);
    return CampaignFunnel.of(id, everyRecipient(id));
  }

  @Override
  public CampaignReport report(CampaignId id, AttributionModel model) {
    requireNonNull(model, "model");
    Campaign campaign = get(id);
    List<Recipient> all = everyRecipient(id);
    return attribution.report(campaign, CampaignFunnel.of(id, all), all, model, context.now());
  }

  private List<Recipient> everyRecipient(CampaignId id) {
    return Pages.all(page -> recipients.get().ofCampaign(context.tenant(), id, page));
  }
}
