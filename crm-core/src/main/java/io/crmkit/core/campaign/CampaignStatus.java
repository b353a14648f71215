package io.crmkit.core.campaign;

/**
 * Where a campaign stands in its lifecycle, from a draft being prepared to a campaign sent or
 * cancelled.
 *
 * @since 0.1
 */
public enum CampaignStatus {
  /** Being prepared; nothing is sent. */
  DRAFT,
  /** Waiting for its send instant; the due work starts it then. */
  SCHEDULED,
  /** Its audience is resolved into recipients, which the due work sends at the throttled pace. */
  SENDING,
  /** Stopped for now; resuming sends the recipients still queued. */
  PAUSED,
  /** Every recipient was handled: sent, skipped or failed. */
  SENT,
  /** Stopped for good; recipients still queued are never sent. */
  CANCELLED;

  /** Returns whether a campaign in this status may still change its details: draft or scheduled. */
  public boolean isEditable() {
    return this == DRAFT || this == SCHEDULED;
  }
}
