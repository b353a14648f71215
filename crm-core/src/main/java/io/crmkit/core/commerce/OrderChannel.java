package io.crmkit.core.commerce;

/**
 * Where an order was placed.
 *
 * @since 0.1
 */
public enum OrderChannel {
  /** The customer ordered in the web shop. */
  WEB_SHOP,
  /** A sales rep closed it, for example from a won deal. */
  SALES,
  /** A reseller or another partner placed it for the customer. */
  PARTNER
}
