package io.crmkit.core.timeline;

/**
 * Who started an exchange: the contact (inbound) or the tenant's side (outbound).
 *
 * @since 0.1
 */
public enum Direction {
  INBOUND,
  OUTBOUND
}
