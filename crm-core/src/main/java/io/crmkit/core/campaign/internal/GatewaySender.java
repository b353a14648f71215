package io.crmkit.core.campaign.internal;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.campaign.Campaign;
import io.crmkit.core.campaign.CampaignChannel;
import io.crmkit.core.campaign.CampaignId;
import io.crmkit.core.campaign.Recipient;
import io.crmkit.core.campaign.RecipientStatus;
import io.crmkit.core.campaign.UnsubscribeEndpoint;
import io.crmkit.core.consent.ConsentService;
import io.crmkit.core.consent.Subscription;
import io.crmkit.core.contactpoint.EmailAddress;
import io.crmkit.core.message.DeliveryReceipt;
import io.crmkit.core.message.Envelope;
import io.crmkit.core.message.MessageComposer;
import io.crmkit.core.message.MessageRejectedException;
import io.crmkit.core.message.MessageService;
import io.crmkit.core.message.MessageTemplate;
import io.crmkit.core.message.MissingAddressException;
import io.crmkit.core.message.OutboundMessage;
import io.crmkit.core.spi.MessageGateway;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Composes each recipient's message from its campaign's template, as a marketing message with the
 * recipient's signed unsubscribe link, and hands it to the gateway. One per run of the due work: it
 * keeps each campaign's compiled composer for the run, and is not thread-safe.
 */
final class GatewaySender implements MessageSender {

  private final MessageService messages;
  private final MessageGateway gateway;
  private final ConsentService consent;
  private final @Nullable UnsubscribeEndpoint endpoint;
  private final Map<CampaignId, Optional<MessageComposer>> composers = new HashMap<>();

  GatewaySender(
      MessageService messages,
      MessageGateway gateway,
      ConsentService consent,
      @Nullable UnsubscribeEndpoint endpoint) {
    this.messages = requireNonNull(messages, "messages");
    this.gateway = requireNonNull(gateway, "gateway");
    this.consent = requireNonNull(consent, "consent");
    this.endpoint = endpoint;
  }

  @Override
  public Dispatch.Outcome send(Campaign campaign, Recipient recipient) {
    if (endpoint == null) {
      return failed("the CRM has no unsubscribe endpoint for marketing messages");
    }
    Optional<MessageComposer> composer =
        composers.computeIfAbsent(campaign.id(), id -> composer(campaign, endpoint));
    if (composer.isEmpty()) {
      return failed("no template named " + campaign.details().template());
    }
    OutboundMessage message;
    try {
      message = composer.orElseThrow().compose(recipient.contact());
    } catch (MissingAddressException none) {
      return new Dispatch.NotSent(RecipientStatus.SKIPPED, "NO_ADDRESS");
    }
    try {
      DeliveryReceipt receipt = gateway.send(message);
      return new Dispatch.Sent(message.to(), receipt.providerMessageId());
    } catch (MessageRejectedException refused) {
      return failed(refused.getMessage());
    }
  }

  private Optional<MessageComposer> composer(Campaign campaign, UnsubscribeEndpoint links) {
    Optional<MessageTemplate> template = messages.findTemplate(campaign.details().template());
    return template.map(
        found -> {
          var details = campaign.details();
          Envelope envelope =
              details.channel() == CampaignChannel.EMAIL
                  ? Envelope.email(EmailAddress.of(details.sender()), details.senderName())
                  : Envelope.sms(details.sender());
          return messages.composer(
              found.id(),
              envelope.marketing(
                  contact ->
                      links.link(
                          consent.unsubscribeToken(
                              Subscription.of(
                                  contact,
                                  details.channel().consentChannel(),
                                  details.purpose())))));
        });
  }

  private static Dispatch.Outcome failed(@Nullable String reason) {
    return new Dispatch.NotSent(
        RecipientStatus.FAILED, reason == null ? "the gateway refused it" : reason);
  }
}
