package io.crmkit.core.commerce;

/**
 * How a product is charged: once when bought, or again every billing period until cancelled.
 *
 * @since 0.1
 */
public enum Billing {
  /** Paid once: a licence, a device, a one-off service. */
  ONE_OFF,
  /** Paid every period: a subscription, a support plan. */
  RECURRING
}
