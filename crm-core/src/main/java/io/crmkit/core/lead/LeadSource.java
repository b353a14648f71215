package io.crmkit.core.lead;

/**
 * The channel through which a lead arrived.
 *
 * @since 0.1
 */
public enum LeadSource {
  /** A form on the tenant's web site. */
  WEB_FORM,
  /** A file import (a trade-show list, a purchased list). */
  IMPORT,
  /** Another system through the API. */
  API,
  /** An event, webinar or trade show. */
  EVENT,
  /** A recommendation by a customer or partner. */
  REFERRAL
}
