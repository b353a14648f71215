package io.crmkit.core.consent;

/**
 * The lawful ground on which a granted consent entry rests (GDPR article 6).
 *
 * @since 0.1
 */
public enum LegalBasis {
  /** The person agreed, freely, for this purpose. */
  CONSENT,
  /**
   * The tenant's legitimate interest, such as writing to existing customers about similar goods.
   */
  LEGITIMATE_INTEREST,
  /** A contract with the person needs the messages. */
  CONTRACT
}
