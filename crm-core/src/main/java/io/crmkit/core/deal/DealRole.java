package io.crmkit.core.deal;

/**
 * The part a contact plays in a deal's buying decision.
 *
 * @since 0.1
 */
public enum DealRole {
  /** Signs off the purchase. */
  DECISION_MAKER,
  /** Sells the deal inside the customer's organisation. */
  CHAMPION,
  /** Shapes the decision without making it. */
  INFLUENCER,
  /** Will use what is bought. */
  USER
}
