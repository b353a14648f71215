package io.crmkit.core.party;

/**
 * Where a person or organisation stands in its relationship with the tenant's business, from first
 * contact to advocate.
 *
 * @since 0.1
 */
public enum LifecycleStage {
  /** Receives the tenant's content (a newsletter, a blog) and has shown no more interest. */
  SUBSCRIBER,
  /** Has shown interest beyond subscribing, such as a form filled in. */
  LEAD,
  /** Judged by marketing ready for sales, often by a lead score past a threshold. */
  MARKETING_QUALIFIED,
  /** Accepted by sales as worth a direct sales effort. */
  SALES_QUALIFIED,
  /** Has an open deal. */
  OPPORTUNITY,
  /** Has bought. */
  CUSTOMER,
  /** A customer who recommends the tenant's business to others. */
  EVANGELIST,
  /** Any relationship the other stages do not describe: a partner, a supplier, a journalist. */
  OTHER
}
