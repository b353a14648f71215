package io.crmkit.core.campaign;

/**
 * What a message's provider reports about it after sending: its delivery, or what the recipient did
 * with it.
 *
 * @since 0.1
 */
public enum EngagementKind {
  /** The receiving server accepted it. */
  DELIVERED(RecipientStatus.DELIVERED, "delivered"),
  /** It could not be delivered this time (a full mailbox); the address stays usable. */
  SOFT_BOUNCE(RecipientStatus.SOFT_BOUNCED, "soft_bounced"),
  /** It can never be delivered to this address; the address is suppressed. */
  HARD_BOUNCE(RecipientStatus.HARD_BOUNCED, "hard_bounced"),
  /** The recipient opened it. */
  OPENED(RecipientStatus.OPENED, "opened"),
  /** The recipient followed a link in it. */
  CLICKED(RecipientStatus.CLICKED, "clicked"),
  /** The recipient answered it. */
  REPLIED(RecipientStatus.REPLIED, "replied"),
  /** The recipient unsubscribed from its purpose through it. */
  UNSUBSCRIBED(RecipientStatus.UNSUBSCRIBED, "unsubscribed"),
  /** The recipient marked it as spam; the address is suppressed. */
  COMPLAINED(RecipientStatus.COMPLAINED, "complained");

  private final RecipientStatus status;
  private final String engagement;

  EngagementKind(RecipientStatus status, String engagement) {
    this.status = status;
    this.engagement = engagement;
  }

  /** Returns the status it gives a recipient, unless the recipient is further along already. */
  public RecipientStatus status() {
    return status;
  }

  /**
   * Returns its name on the contact's timeline ({@link
   * io.crmkit.core.timeline.ActivityDetails.CampaignEngagement#engagement()}), which scoring rules
   * and segments match: {@code opened}, {@code clicked}, ...
   */
  public String engagement() {
    return engagement;
  }

  /** Returns whether it shows the message reached the recipient's mailbox. */
  public boolean showsDelivery() {
    return this == DELIVERED || this == OPENED || this == CLICKED || this == REPLIED;
  }
}
