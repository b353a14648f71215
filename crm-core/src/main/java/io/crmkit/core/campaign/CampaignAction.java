package io.crmkit.core.campaign;

/**
 * What moves a campaign from one {@link CampaignStatus} to another.
 *
 * @since 0.1
 */
public enum CampaignAction {
  /** Sets a draft's send instant: to scheduled. */
  SCHEDULE,
  /** Takes a scheduled campaign back to draft. */
  UNSCHEDULE,
  /** Resolves the audience and starts sending, done by the due work: to sending. */
  START,
  /** Stops sending for now: to paused. */
  PAUSE,
  /** Sends again what is still queued: to sending. */
  RESUME,
  /** Records that every recipient was handled, done by the due work: to sent. */
  FINISH,
  /** Stops for good: to cancelled. */
  CANCEL
}
