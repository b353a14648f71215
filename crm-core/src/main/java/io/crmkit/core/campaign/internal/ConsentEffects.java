package io.crmkit.core.campaign.internal;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.campaign.Campaign;
import io.crmkit.core.campaign.CampaignChannel;
import io.crmkit.core.campaign.EngagementKind;
import io.crmkit.core.campaign.Recipient;
import io.crmkit.core.consent.ConsentService;
import io.crmkit.core.consent.ConsentSource;
import io.crmkit.core.consent.Subscription;
import io.crmkit.core.consent.SuppressedAddress;
import io.crmkit.core.consent.SuppressionReason;
import io.crmkit.core.contactpoint.EmailAddress;
import io.crmkit.core.contactpoint.PhoneNumber;

/**
 * What a recipient's engagement changes in consent: a hard bounce or a complaint puts the address
 * the message went to on the suppression list, an unsubscribe withdraws the contact's consent to
 * the campaign's purpose; other engagements change nothing.
 */
final class ConsentEffects {

  private final ConsentService consent;

  ConsentEffects(ConsentService consent) {
    this.consent = requireNonNull(consent, "consent");
  }

  /** Applies what {@code kind}, newly recorded for {@code recipient}, means for consent. */
  void engaged(Campaign campaign, Recipient recipient, EngagementKind kind) {
    switch (kind) {
      case HARD_BOUNCE -> suppress(campaign, recipient, SuppressionReason.HARD_BOUNCE);
      case COMPLAINED -> suppress(campaign, recipient, SuppressionReason.COMPLAINT);
      case UNSUBSCRIBED ->
          consent.withdraw(
              Subscription.of(
                  recipient.contact(),
                  campaign.details().channel().consentChannel(),
                  campaign.details().purpose()),
              ConsentSource.LINK);
      default -> {
        // deliveries, soft bounces, opens, clicks and replies leave consent as it is
      }
    }
  }

  private void suppress(Campaign campaign, Recipient recipient, SuppressionReason reason) {
    if (recipient.address().isEmpty()) {
      // erased since: the suppression list may not learn the address any more
      return;
    }
    SuppressedAddress address =
        campaign.details().channel() == CampaignChannel.EMAIL
            ? SuppressedAddress.email(EmailAddress.of(recipient.address()))
            : SuppressedAddress.phone(PhoneNumber.parse(recipient.address()));
    consent.suppress(address, reason);
  }
}
