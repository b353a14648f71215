package io.crmkit.core.party;

/**
 * Where a person or organisation stands in its relationship with the tenant's business, from first
 * contact to advocate.
 *
 * @since 0.1
 */
public enum LifecycleStage {
  SUBSCRIBER,
  LEAD,
  MARKETING_QUALIFIED,
  SALES_QUALIFIED,
  OPPORTUNITY,
  CUSTOMER,
  EVANGELIST,
  OTHER
}
