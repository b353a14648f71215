package io.crmkit.core.reason;

/**
 * A list of reasons a tenant keeps for one kind of decision, so that the decision is recorded with
 * a code from a fixed vocabulary.
 *
 * @since 0.1
 */
public enum ReasonCatalogue {
  /** Why a deal was lost: price, competitor, no decision... */
  LOST_DEAL,
  /** Why a lead was disqualified: no budget, wrong market, duplicate... */
  UNQUALIFIED_LEAD
}
