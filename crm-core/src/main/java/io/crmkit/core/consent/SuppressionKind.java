package io.crmkit.core.consent;

/**
 * What a suppressed address is: one email address, one phone number, or every email address of a
 * domain.
 *
 * @since 0.1
 */
public enum SuppressionKind {
  /** One email address, normalised as {@link io.crmkit.core.contactpoint.EmailAddress} does. */
  EMAIL,
  /** One phone number, in E.164 form; stops text messages and calls. */
  PHONE,
  /** An email domain, lowercase: every address at it. */
  DOMAIN
}
