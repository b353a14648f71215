package io.crmkit.core;

/**
 * A kind of CRM record that a tenant can extend with custom fields.
 *
 * @since 0.1
 */
public enum RecordType {
  /** A person. */
  CONTACT,
  /** An organisation. */
  COMPANY,
  /** A prospect not yet qualified. */
  LEAD,
  /** A sales opportunity in a pipeline. */
  DEAL,
  /** A piece of work assigned to a user. */
  TASK,
  /** An interaction on the timeline. */
  ACTIVITY,
  /** A customer service request. */
  TICKET,
  /** A knowledge base article. */
  ARTICLE,
  /** An item of the product catalogue. */
  PRODUCT,
  /** A purchase a contact made. */
  ORDER,
  /** A marketing campaign. */
  CAMPAIGN,
  /** A message template. */
  TEMPLATE
}
