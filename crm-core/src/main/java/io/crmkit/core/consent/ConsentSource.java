package io.crmkit.core.consent;

/**
 * Where a consent entry came from.
 *
 * @since 0.1
 */
public enum ConsentSource {
  /** A form the person filled in: a sign-up, a checkout, a preference centre. */
  FORM,
  /** A file of records imported by the tenant. */
  IMPORT,
  /** A call of the host's own API on the person's behalf. */
  API,
  /** A user of the tenant, on what the person told them (on the phone, at a desk). */
  AGENT,
  /** A link the person followed from a message: a confirmation or an unsubscribe link. */
  LINK
}
