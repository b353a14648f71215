package io.crmkit.core.sequence;

/**
 * Why an enrollment left its sequence before the last step.
 *
 * @since 0.1
 */
public enum ExitReason {
  /** An inbound email from the contact reached its timeline. */
  REPLIED,
  /** A meeting with the contact was booked. */
  MEETING_BOOKED,
  /** A deal was created for the contact, or one of its deals reached a stage. */
  DEAL,
  /** The contact unsubscribed or withdrew the consent the emails need. */
  UNSUBSCRIBED,
  /** An email to the contact bounced. */
  BOUNCED,
  /** A user unenrolled the contact. */
  UNENROLLED
}
