package io.crmkit.core.commerce;

/**
 * What moves an order from one status to another.
 *
 * @since 0.1
 */
public enum OrderAction {
  /** The customer paid. */
  PAY,
  /** The goods or service were delivered. */
  FULFIL,
  /** The last of the paid amount was paid back. */
  REFUND,
  /** The order was called off before fulfilment. */
  CANCEL
}
