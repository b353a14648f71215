package io.crmkit.core.lead;

/**
 * Where a lead stands in qualification.
 *
 * @since 0.1
 */
public enum LeadStatus {
  /** Captured, not yet worked. */
  NEW,
  /** A rep is trying to reach the person. */
  ATTEMPTING_CONTACT,
  /** A rep has spoken with the person. */
  CONNECTED,
  /** The person is a real buyer: ready to convert. */
  QUALIFIED,
  /** Turned into a contact, a company and maybe a deal; read-only from then on. */
  CONVERTED,
  /** Not a buyer, for a reason from the tenant's catalogue; can be recycled. */
  UNQUALIFIED,
  /** Not ready yet: parked until a recycle date brings it back to new. */
  NURTURE
}
