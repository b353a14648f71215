package io.crmkit.core.commerce;

/**
 * Where an order stands, from placed to fulfilled, refunded or cancelled.
 *
 * @since 0.1
 */
public enum OrderStatus {
  /** Ordered, not yet paid. */
  PLACED,
  /** Paid, not yet delivered. */
  PAID,
  /** Delivered; partial refunds may still follow. */
  FULFILLED,
  /** Paid back in full: the order no longer counts as revenue. */
  REFUNDED,
  /** Called off before it was fulfilled: it never counted as revenue. */
  CANCELLED;

  /**
   * Returns whether an order in this status counts as a purchase: neither refunded nor cancelled.
   */
  public boolean counts() {
    return this != REFUNDED && this != CANCELLED;
  }
}
