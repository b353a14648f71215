package io.crmkit.core.consent;

/**
 * Why a message may, or may not, be sent: the reason a {@link SendDecision} carries.
 *
 * @since 0.1
 */
public enum SendReason {
  /** Consent was granted and not withdrawn since, and the address is not suppressed: send. */
  GRANTED,
  /** The person withdrew their consent. */
  WITHDRAWN,
  /** The person signed up but has not confirmed yet (double opt-in). */
  PENDING_CONFIRMATION,
  /** The ledger holds nothing for this channel and purpose. */
  NEVER_ASKED,
  /** The address the message would go to is on the suppression list. */
  SUPPRESSED_ADDRESS,
  /** The domain of the email address the message would go to is on the suppression list. */
  SUPPRESSED_DOMAIN,
  /** The contact has no address for the channel (no primary email, phone or postal address). */
  NO_ADDRESS
}
