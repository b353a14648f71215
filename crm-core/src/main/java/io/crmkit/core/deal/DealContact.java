package io.crmkit.core.deal;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.contact.ContactId;

/**
 * A contact involved in a deal, with the part they play in it.
 *
 * @param contact the contact; never null
 * @param role their role; never null
 * @since 0.1
 */
public record DealContact(ContactId contact, DealRole role) {

  /** Creates a {@code DealContact}, checking its components as the type's comment describes. */
  public DealContact {
    requireNonNull(contact, "contact");
    requireNonNull(role, "role");
  }

  /** Returns {@code contact} in {@code role}. */
  public static DealContact of(ContactId contact, DealRole role) {
    return new DealContact(contact, role);
  }
}
