package io.crmkit.core.consent;

/**
 * Why an address is on the suppression list.
 *
 * @since 0.1
 */
public enum SuppressionReason {
  /** A message to it bounced for good: the mailbox or number does not exist. */
  HARD_BOUNCE,
  /** Its owner reported a message as spam. */
  COMPLAINT,
  /** Its owner unsubscribed from everything. */
  UNSUBSCRIBED_ALL,
  /** A user of the tenant put it there. */
  MANUAL
}
