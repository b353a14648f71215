package io.crmkit.core.campaign.internal;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.RecordRef;
import io.crmkit.core.RecordType;
import io.crmkit.core.campaign.Campaign;
import io.crmkit.core.campaign.CampaignEvent.CampaignEngaged;
import io.crmkit.core.campaign.Engagement;
import io.crmkit.core.campaign.ProviderEvent;
import io.crmkit.core.campaign.Recipient;
import io.crmkit.core.internal.CrmContext;
import io.crmkit.core.spi.CampaignRepository;
import io.crmkit.core.spi.RecipientRepository;
import io.crmkit.core.timeline.ActivityDetails;
import io.crmkit.core.timeline.ActivityEntry;
import io.crmkit.core.timeline.TimelineService;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Records the provider's events about campaign messages: once each, on the recipient, on the
 * contact's timeline as a campaign activity, and in consent where the event calls for it.
 */
final class EngagementRecorder {

  private final CrmContext context;
  private final Supplier<CampaignRepository> campaigns;
  private final Supplier<RecipientRepository> recipients;
  private final TimelineService timeline;
  private final ConsentEffects consent;

  EngagementRecorder(
      CrmContext context,
      Supplier<CampaignRepository> campaigns,
      Supplier<RecipientRepository> recipients,
      TimelineService timeline,
      ConsentEffects consent) {
    this.context = requireNonNull(context, "context");
    this.campaigns = requireNonNull(campaigns, "campaigns");
    this.recipients = requireNonNull(recipients, "recipients");
    this.timeline = requireNonNull(timeline, "timeline");
    this.consent = requireNonNull(consent, "consent");
  }

  Optional<Recipient> record(ProviderEvent event) {
    return context
        .transactions()
        .write(
            events -> {
              Optional<Recipient> found =
                  recipients
                      .get()
                      .findByProviderMessageId(context.tenant(), event.providerMessageId());
              if (found.isEmpty()) {
                return Optional.<Recipient>empty();
              }
              Recipient recipient = found.orElseThrow();
              Engagement engagement = event.engagement();
              Recipient engaged = recipient.engage(engagement, context.now());
              if (engaged == recipient) {
                return found;
              }
              Campaign campaign =
                  campaigns.get().find(context.tenant(), recipient.campaign()).orElseThrow();
              recipients.get().update(engaged, recipient.version());
              timeline.log(
                  ActivityEntry.of(
                          new ActivityDetails.CampaignEngagement(
                              campaign.details().name(), event.kind().engagement()))
                      .at(event.at())
                      .about(recipient.contact())
                      .regarding(RecordRef.of(RecordType.CAMPAIGN, campaign.id())));
              consent.engaged(campaign, engaged, event.kind());
              events.add(
                  new CampaignEngaged(
                      context.tenant(),
                      campaign.id(),
                      engaged.id(),
                      engaged.contact(),
                      event.kind(),
                      event.link(),
                      event.at()));
              return Optional.of(engaged);
            });
  }
}
