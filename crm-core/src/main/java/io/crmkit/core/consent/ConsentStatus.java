package io.crmkit.core.consent;

/**
 * Where a person stands on one channel and purpose after one entry of the consent ledger.
 *
 * @since 0.1
 */
public enum ConsentStatus {
  /** The person may be sent messages for the purpose on the channel. */
  GRANTED,
  /** The person said no, or stopped agreeing: nothing may be sent. */
  WITHDRAWN,
  /**
   * The person signed up but has not yet confirmed through the link sent to them (double opt-in):
   * nothing may be sent but the confirmation request.
   */
  PENDING_CONFIRMATION
}
