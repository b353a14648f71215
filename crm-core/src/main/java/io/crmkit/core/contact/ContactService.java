package io.crmkit.core.contact;

import io.crmkit.core.ExternalId;
import io.crmkit.core.Page;
import io.crmkit.core.PageRequest;
import io.crmkit.core.UserId;
import io.crmkit.core.contactpoint.EmailAddress;
import io.crmkit.core.party.LifecycleStage;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Creates, changes, finds and removes the tenant's contacts, checking the host's access policy and
 * the tenant's custom field definitions, in units of work that publish their events on commit.
 *
 * <pre>{@code
 * Contact ana = crm.contacts().create(
 *     ContactDetails.builder().name("Ana", "Lima").email("ana@example.com").build());
 * ana = crm.contacts().update(ana, details -> details.jobTitle("CTO"));
 * ana = crm.contacts().moveTo(ana, LifecycleStage.CUSTOMER);
 * Optional<Contact> found = crm.contacts().findByEmail(EmailAddress.of("ana@example.com"));
 * }</pre>
 *
 * <p>Every command on a contact takes either its id and the version it was read at, or the contact
 * as read; a stale version fails with {@link io.crmkit.core.ConcurrentUpdateException}.
 *
 * <p>Reached through {@link io.crmkit.core.Crm#contacts()}.
 *
 * @since 0.1
 */
public interface ContactService {

  /** Creates a contact owned by the acting user, at lifecycle stage {@code LEAD}. */
  Contact create(ContactDetails details);

  /**
   * Creates a contact.
   *
   * @throws io.crmkit.core.ValidationException if custom fields break their definitions
   * @throws io.crmkit.core.DuplicateException if the primary email or an external id is taken
   */
  Contact create(ContactDetails details, UserId owner, LifecycleStage stage);

  /**
   * Creates many contacts in one unit of work, all or none, as {@link #create(ContactDetails,
   * UserId, LifecycleStage)} creates one: every contact is checked against the custom field
   * definitions and the access policy before any is stored, they are stored with the repository's
   * bulk path, and each raises the events of a single create.
   *
   * @param contacts the contacts to create, none null
   * @return the new contacts, in the order of {@code contacts}
   * @throws io.crmkit.core.ValidationException listing every error, each field prefixed with the
   *     contact's index ({@code contacts[3].customFields.size})
   * @throws io.crmkit.core.AccessDeniedException if the actor may not create one of them
   * @throws io.crmkit.core.DuplicateException if a primary email or an external id repeats in
   *     {@code contacts} or is taken
   */
  List<Contact> createAll(List<NewContact> contacts);

  /**
   * Creates the contact with key {@code externalId}, or replaces the details of the one that has
   * it. The key is added to {@code details} if missing.
   */
  Contact upsert(ExternalId externalId, ContactDetails details);

  /** Replaces the details of version {@code expectedVersion} of contact {@code id}. */
  Contact update(ContactId id, long expectedVersion, ContactDetails details);

  /**
   * As {@link #update(ContactId, long, ContactDetails)}, for {@code contact} at the version it was
   * read.
   */
  default Contact update(Contact contact, ContactDetails details) {
    return update(contact.id(), contact.version(), details);
  }

  /**
   * Changes some details of version {@code expectedVersion} of contact {@code id}: {@code edit} is
   * given a builder holding the current details.
   */
  Contact update(ContactId id, long expectedVersion, UnaryOperator<ContactDetails.Builder> edit);

  /**
   * As {@link #update(ContactId, long, UnaryOperator)}, for {@code contact} at the version it was
   * read.
   */
  default Contact update(Contact contact, UnaryOperator<ContactDetails.Builder> edit) {
    return update(contact.id(), contact.version(), edit);
  }

  /** Moves contact {@code id} to lifecycle stage {@code stage}. */
  Contact moveTo(ContactId id, long expectedVersion, LifecycleStage stage);

  /**
   * As {@link #moveTo(ContactId, long, LifecycleStage)}, for {@code contact} at the version it was
   * read.
   */
  default Contact moveTo(Contact contact, LifecycleStage stage) {
    return moveTo(contact.id(), contact.version(), stage);
  }

  /** Gives contact {@code id} to {@code owner}. */
  Contact assign(ContactId id, long expectedVersion, UserId owner);

  /**
   * As {@link #assign(ContactId, long, UserId)}, for {@code contact} at the version it was read.
   */
  default Contact assign(Contact contact, UserId owner) {
    return assign(contact.id(), contact.version(), owner);
  }

  /** Archives contact {@code id}: read-only and left out of searches until unarchived. */
  Contact archive(ContactId id, long expectedVersion);

  /** As {@link #archive(ContactId, long)}, for {@code contact} at the version it was read. */
  default Contact archive(Contact contact) {
    return archive(contact.id(), contact.version());
  }

  /** Makes archived contact {@code id} writable and searchable again. */
  Contact unarchive(ContactId id, long expectedVersion);

  /** As {@link #unarchive(ContactId, long)}, for {@code contact} at the version it was read. */
  default Contact unarchive(Contact contact) {
    return unarchive(contact.id(), contact.version());
  }

  /** Deletes version {@code expectedVersion} of contact {@code id} for good. */
  void delete(ContactId id, long expectedVersion);

  /** As {@link #delete(ContactId, long)}, for {@code contact} at the version it was read. */
  default void delete(Contact contact) {
    delete(contact.id(), contact.version());
  }

  /**
   * Throws unless contact {@code id} exists and the actor may read it, without reading the whole
   * contact: for commands that link a record to it.
   *
   * @throws io.crmkit.core.NotFoundException if there is none in the tenant
   * @throws io.crmkit.core.AccessDeniedException if the actor may not read it
   */
  void requireReadable(ContactId id);

  /**
   * Throws unless every contact of {@code ids} exists and the actor may read it, reading their
   * owners at once: for commands that link many records to contacts.
   *
   * @throws io.crmkit.core.NotFoundException for the first that is not in the tenant
   * @throws io.crmkit.core.AccessDeniedException for the first the actor may not read
   */
  void requireAllReadable(Collection<ContactId> ids);

  /**
   * Returns contact {@code id}.
   *
   * @throws io.crmkit.core.NotFoundException if there is none in the tenant
   * @throws io.crmkit.core.AccessDeniedException if the actor may not read it
   */
  Contact get(ContactId id);

  /** Returns contact {@code id} if it exists; throws if the actor may not read it. */
  Optional<Contact> find(ContactId id);

  /** Returns the contact whose primary email is {@code email}, if the actor may read it. */
  Optional<Contact> findByEmail(EmailAddress email);

  /** Returns the contact with key {@code externalId}. */
  Optional<Contact> findByExternalId(ExternalId externalId);

  /**
   * Returns the contacts whose primary email is one of {@code emails} and the actor may read, each
   * once, in id order: one lookup for many, as an import needs.
   */
  List<Contact> findByEmails(Collection<EmailAddress> emails);

  /**
   * Returns the contacts that hold one of {@code externalIds} and the actor may read, each once, in
   * id order.
   */
  List<Contact> findByExternalIds(Collection<ExternalId> externalIds);

  /** Returns a page of the contacts that match {@code query} and the actor may read. */
  Page<Contact> search(ContactQuery query, PageRequest page);

  /** Returns the number of contacts in the tenant, archived ones included. */
  long count();
}
