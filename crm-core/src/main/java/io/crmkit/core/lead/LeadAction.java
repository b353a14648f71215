package io.crmkit.core.lead;

/**
 * What a user (or the recycling job) does to a lead's status: the events of the lead state machine,
 * as recorded in its history.
 *
 * @since 0.1
 */
public enum LeadAction {
  /** Start trying to reach the person. */
  ATTEMPT_CONTACT,
  /** Record that the person was reached. */
  CONNECT,
  /** Record that the person is a real buyer. */
  QUALIFY,
  /** Turn the lead into a contact, a company and maybe a deal. */
  CONVERT,
  /** Record that the person is not a buyer. */
  DISQUALIFY,
  /** Park the lead until a recycle date. */
  NURTURE,
  /** Bring a nurtured or unqualified lead back to new. */
  RECYCLE
}
