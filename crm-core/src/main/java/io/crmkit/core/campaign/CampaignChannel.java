package io.crmkit.core.campaign;

import io.crmkit.core.consent.Channel;

/**
 * The medium a campaign's messages travel by.
 *
 * @since 0.1
 */
public enum CampaignChannel {
  /** Email to the contact's primary email address. */
  EMAIL,
  /** A text message to the contact's primary phone number. */
  SMS;

  /** Returns the channel consent is given for, for messages on this one. */
  public Channel consentChannel() {
    return this == EMAIL ? Channel.EMAIL : Channel.SMS;
  }
}
