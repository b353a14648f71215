package io.crmkit.core.campaign;

/**
 * The medium a campaign's messages travel by.
 *
 * @since 0.1
 */
public enum CampaignChannel {
  /** Email to the contact's primary email address. */
  EMAIL,
  /** A text message to the contact's primary phone number. */
  SMS
}
