package io.crmkit.core.campaign.internal;

import io.crmkit.core.campaign.Campaign;
import io.crmkit.core.campaign.Recipient;

/** Composes one recipient's message from the campaign's template and hands it to the gateway. */
@FunctionalInterface
interface MessageSender {

  /**
   * Returns {@link Dispatch.Sent} with the address and the provider's id once the gateway took the
   * message, or {@link Dispatch.NotSent} when it could not be composed or was refused.
   */
  Dispatch.Outcome send(Campaign campaign, Recipient recipient);
}
