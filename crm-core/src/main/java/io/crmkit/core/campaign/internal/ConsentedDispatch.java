package io.crmkit.core.campaign.internal;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.NotFoundException;
import io.crmkit.core.campaign.Campaign;
import io.crmkit.core.campaign.Recipient;
import io.crmkit.core.campaign.RecipientStatus;
import io.crmkit.core.consent.ConsentService;
import io.crmkit.core.consent.SendDecision;
import io.crmkit.core.consent.Subscription;

/**
 * The dispatch of campaign messages: asks {@link ConsentService#maySend} for the recipient at this
 * instant, and only when it allows hands the message to the {@link MessageSender}.
 */
final class ConsentedDispatch implements Dispatch {

  private final ConsentService consent;
  private final MessageSender sender;

  ConsentedDispatch(ConsentService consent, MessageSender sender) {
    this.consent = requireNonNull(consent, "consent");
    this.sender = requireNonNull(sender, "sender");
  }

  @Override
  public Outcome send(Campaign campaign, Recipient recipient) {
    SendDecision decision;
    try {
      decision =
          consent.maySend(
              Subscription.of(
                  recipient.contact(),
                  campaign.details().channel().consentChannel(),
                  campaign.details().purpose()));
    } catch (NotFoundException erased) {
      return new NotSent(RecipientStatus.SKIPPED, "the contact no longer exists");
    }
    if (!decision.allowed()) {
      return new NotSent(RecipientStatus.SKIPPED, decision.reason().name());
    }
    return sender.send(campaign, recipient);
  }
}
