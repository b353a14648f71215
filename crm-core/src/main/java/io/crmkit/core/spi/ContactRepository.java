package io.crmkit.core.spi;

import io.crmkit.core.ConcurrentUpdateException;
import io.crmkit.core.DuplicateException;
import io.crmkit.core.ExternalId;
import io.crmkit.core.NotFoundException;
import io.crmkit.core.Page;
import io.crmkit.core.PageRequest;
import io.crmkit.core.TenantId;
import io.crmkit.core.UserId;
import io.crmkit.core.contact.Contact;
import io.crmkit.core.contact.ContactId;
import io.crmkit.core.contact.ContactQuery;
import io.crmkit.core.contactpoint.EmailAddress;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The port that stores contacts. Every method is confined to one tenant; the primary email and each
 * external id are unique within a tenant.
 *
 * <p>Adapters pass the contract suite {@code ContactRepositoryContract} of the crm-core test-jar.
 *
 * @since 0.1
 */
public interface ContactRepository {

  /** Returns the contact {@code id} of {@code tenant}. */
  Optional<Contact> find(TenantId tenant, ContactId id);

  /**
   * Returns the owner of the contact {@code id} of {@code tenant}, or empty if the tenant has no
   * such contact: what an access check on a record that links to it needs, without reading the
   * whole contact. Adapters that read records from elsewhere answer it from the owner alone.
   */
  default Optional<UserId> findOwner(TenantId tenant, ContactId id) {
    return find(tenant, id).map(Contact::owner);
  }

  /**
   * Returns the owners of the contacts of {@code tenant} among {@code ids}, by id; ids the tenant
   * has no contact for are left out. What the access checks of a batch of records that link to
   * contacts need, in one reading where an adapter can (the default asks {@link #findOwner} for
   * each id).
   */
  default Map<ContactId, UserId> findOwners(TenantId tenant, Collection<ContactId> ids) {
    Map<ContactId, UserId> owners = new HashMap<>();
    for (ContactId id : ids) {
      findOwner(tenant, id).ifPresent(owner -> owners.put(id, owner));
    }
    return owners;
  }

  /** Returns the contact of {@code tenant} whose primary email is {@code email}. */
  Optional<Contact> findByPrimaryEmail(TenantId tenant, EmailAddress email);

  /** Returns the contact of {@code tenant} with the key {@code externalId}. */
  Optional<Contact> findByExternalId(TenantId tenant, ExternalId externalId);

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

  /** Returns a page of the contacts of {@code tenant} that match {@code query}, in id order. */
  Page<Contact> search(TenantId tenant, ContactQuery query, PageRequest page);

  /** Returns the number of contacts of {@code tenant}, archived ones included. */
  long count(TenantId tenant);

  /**
   * Stores a new contact.
   *
   * @throws DuplicateException if its id, primary email or an external id is taken
   */
  void insert(Contact contact);

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

  /**
   * Replaces the stored version {@code expectedVersion} by {@code contact}.
   *
   * @throws NotFoundException if the contact does not exist
   * @throws ConcurrentUpdateException if the stored version differs
   * @throws DuplicateException if its primary email or an external id is taken by another contact
   */
  void update(Contact contact, long expectedVersion);

  /**
   * Deletes the stored version {@code expectedVersion} of the contact {@code id}.
   *
   * @throws NotFoundException if the contact does not exist
   * @throws ConcurrentUpdateException if the stored version differs
   */
  void delete(TenantId tenant, ContactId id, long expectedVersion);
}
