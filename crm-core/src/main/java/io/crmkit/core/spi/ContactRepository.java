package io.crmkit.core.spi;

import io.crmkit.core.DuplicateException;
import io.crmkit.core.ExternalId;
import io.crmkit.core.TenantId;
import io.crmkit.core.contact.Contact;
import io.crmkit.core.contact.ContactId;
import io.crmkit.core.contact.ContactQuery;
import io.crmkit.core.contactpoint.EmailAddress;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The port that stores contacts: the party port, plus lookups by primary email and a bulk insert.
 * Every method is confined to one tenant; the primary email and each external id are unique within
 * a tenant.
 *
 * <p>Adapters pass the contract suite {@code ContactRepositoryContract} of the crm-core test-jar.
 *
 * @since 0.1
 */
public interface ContactRepository extends PartyRepository<ContactId, Contact, ContactQuery> {

  /** Returns the contact of {@code tenant} whose primary email is {@code email}. */
  Optional<Contact> findByPrimaryEmail(TenantId tenant, EmailAddress email);

  /**
   * Returns the contacts of {@code tenant} whose primary email is one of {@code emails}, each once,
   * in id order: how an import finds the contacts its rows match. The default asks {@link
   * #findByPrimaryEmail} for each email; adapters override it to ask for many at once.
   */
  default List<Contact> findByPrimaryEmails(TenantId tenant, Collection<EmailAddress> emails) {
    Map<ContactId, Contact> found = new TreeMap<>();
    for (EmailAddress email : Set.copyOf(emails)) {
      findByPrimaryEmail(tenant, email).ifPresent(c -> found.put(c.id(), c));
    }
    return List.copyOf(found.values());
  }

  /**
   * Returns the contacts of {@code tenant} among {@code ids}, each once, in id order, leaving out
   * ids the tenant has no contact for: how the consent check of an audience reads a batch. The
   * default asks {@link #find} for each id; adapters override it to ask for many at once.
   *
   * @since 0.1
   */
  default List<Contact> findAll(TenantId tenant, Collection<ContactId> ids) {
    Map<ContactId, Contact> found = new TreeMap<>();
    for (ContactId id : Set.copyOf(ids)) {
      find(tenant, id).ifPresent(c -> found.put(c.id(), c));
    }
    return List.copyOf(found.values());
  }

  /**
   * Returns the contacts of {@code tenant} that hold one of {@code externalIds}, each once, in id
   * order. The default asks {@link #findByExternalId} for each key; adapters override it to ask for
   * many at once.
   */
  default List<Contact> findByExternalIds(TenantId tenant, Collection<ExternalId> externalIds) {
    Map<ContactId, Contact> found = new TreeMap<>();
    for (ExternalId externalId : Set.copyOf(externalIds)) {
      findByExternalId(tenant, externalId).ifPresent(c -> found.put(c.id(), c));
    }
    return List.copyOf(found.values());
  }

  /**
   * Stores new contacts, all or none: the bulk path of imports and data migrations.
   *
   * <p>The default inserts them one by one with {@link #insert}, in the caller's unit of work, so
   * that a refusal rolls back the contacts inserted before it; the services always call it inside
   * one. Adapters override it to check and write many contacts at once, and then keep it all or
   * nothing even when it is called outside a unit of work.
   *
   * @param contacts new contacts of one tenant
   * @throws DuplicateException if an id, primary email or external id repeats in {@code contacts}
   *     or is taken in its tenant
   */
  default void insertAll(List<Contact> contacts) {
    contacts.forEach(this::insert);
  }
}
