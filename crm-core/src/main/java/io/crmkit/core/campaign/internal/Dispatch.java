package io.crmkit.core.campaign.internal;

import io.crmkit.core.campaign.Campaign;
import io.crmkit.core.campaign.Recipient;
import io.crmkit.core.campaign.RecipientStatus;

/**
 * Hands one claimed recipient's message to the gateway, if the recipient may be sent it now: the
 * consent question is asked immediately before the gateway call.
 */
interface Dispatch {

  /** Returns what became of {@code recipient}'s message. */
  Outcome send(Campaign campaign, Recipient recipient);

  /** What became of one recipient's message. */
  sealed interface Outcome {

    /** Returns the recipient as the outcome leaves it, at {@code at}. */
    Recipient apply(Recipient claimed, java.time.Instant at);
  }

  /** The gateway took the message for {@code address}, as {@code providerMessageId}. */
  record Sent(String address, String providerMessageId) implements Outcome {
    @Override
    public Recipient apply(Recipient claimed, java.time.Instant at) {
      return claimed.sent(address, providerMessageId, at);
    }
  }

  /** The message was not sent, skipped (no consent, no address) or failed, for {@code reason}. */
  record NotSent(RecipientStatus status, String reason) implements Outcome {
    @Override
    public Recipient apply(Recipient claimed, java.time.Instant at) {
      return claimed.notSent(status, reason, at);
    }
  }
}
