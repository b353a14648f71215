package io.crmkit.core.timeline;

/**
 * Who started an exchange: the contact (inbound) or the tenant's side (outbound).
 *
 * @since 0.1
 */
public enum Direction {
  /** Started by the contact: an email received, a call taken. */
  INBOUND,
  /** Started by the tenant's side: an email sent, a call made. */
  OUTBOUND
}
