package io.crmkit.benchmarks.crm;

import io.crmkit.core.contact.Contact;
import io.crmkit.core.contact.ContactId;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The physical reference for storing contacts: a bare {@code HashMap} by id and a second one from
 * primary email to id. It checks only what a store cannot do without, that the email is not taken;
 * it keeps no other index, no versions, no tenants and no undo log.
 */
final class HashMapContacts {

  private final Map<ContactId, Contact> byId = new HashMap<>();
  private final Map<String, ContactId> byEmail = new HashMap<>();

  /**
   * Stores a contact.
   *
   * @throws IllegalStateException if its primary email is already taken
   */
  void insert(Contact contact) {
    String email = contact.details().primaryEmail().orElseThrow().value();
    ContactId holder = byEmail.putIfAbsent(email, contact.id());
    if (holder != null) {
      throw new IllegalStateException("email " + email + " is taken by contact " + holder);
    }
    byId.put(contact.id(), contact);
  }

  /** Returns the contact with the primary email {@code email}, given in normal form. */
  Optional<Contact> findByEmail(String email) {
    ContactId id = byEmail.get(email);
    return id == null ? Optional.empty() : Optional.ofNullable(byId.get(id));
  }

  /** Returns contact {@code id}. */
  Optional<Contact> find(ContactId id) {
    return Optional.ofNullable(byId.get(id));
  }

  /** Returns the number of contacts stored. */
  int size() {
    return byId.size();
  }
}
