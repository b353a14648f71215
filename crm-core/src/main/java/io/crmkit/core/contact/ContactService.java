package io.crmkit.core.contact;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.Changed;
import io.crmkit.core.ExternalId;
import io.crmkit.core.Page;
import io.crmkit.core.PageRequest;
import io.crmkit.core.RecordType;
import io.crmkit.core.UserId;
import io.crmkit.core.contact.ContactEvent.ContactDeleted;
import io.crmkit.core.contactpoint.EmailAddress;
import io.crmkit.core.customfield.CustomFieldDefinition;
import io.crmkit.core.customfield.CustomFieldService;
import io.crmkit.core.internal.CrmContext;
import io.crmkit.core.internal.FieldErrors;
import io.crmkit.core.internal.RecordCommands;
import io.crmkit.core.internal.RecordCommands.Creation;
import io.crmkit.core.party.LifecycleStage;
import io.crmkit.core.spi.ContactRepository;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.UnaryOperator;

/**
 * Creates, changes, finds and removes the tenant's contacts, checking the host's access policy and
 * the tenant's custom field definitions, in units of work that publish their events on commit.
 *
 * @since 0.1
 */
public final class ContactService {

  private static final String KIND = "contact";

  private final CrmContext context;
  private final ContactRepository repository;
  private final CustomFieldService customFields;
  private final RecordCommands<ContactId, Contact> records;

  /**
   * @param context the opened CRM's context
   * @param repository where contacts are kept
   * @param customFields the tenant's custom field definitions
   */
  public ContactService(
      CrmContext context, ContactRepository repository, CustomFieldService customFields) {
    this.context = requireNonNull(context, "context");
    this.repository = requireNonNull(repository, "repository");
    this.customFields = requireNonNull(customFields, "customFields");
    this.records =
        new RecordCommands<>(
            context, RecordType.CONTACT, repository::find, repository::update, Contact::owner);
  }

  /** Creates a contact owned by the acting user, at lifecycle stage {@code LEAD}. */
  public Contact create(ContactDetails details) {
    return create(details, context.actor(), LifecycleStage.LEAD);
  }

  /**
   * Creates a contact.
   *
   * @throws io.crmkit.core.ValidationException if custom fields break their definitions
   * @throws io.crmkit.core.DuplicateException if the primary email or an external id is taken
   */
  public Contact create(ContactDetails details, UserId owner, LifecycleStage stage) {
    NewContact contact = NewContact.of(details, owner, stage);
    validate(details);
    return records.create(creation(contact), repository::insert);
  }

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
  public List<Contact> createAll(List<NewContact> contacts) {
    requireNonNull(contacts, "contacts");
    if (contacts.isEmpty()) {
      return List.of();
    }
    List<CustomFieldDefinition> definitions = customFields.definitions(RecordType.CONTACT);
    FieldErrors errors = new FieldErrors();
    List<Creation<ContactId, Contact>> creations = new ArrayList<>(contacts.size());
    for (int i = 0; i < contacts.size(); i++) {
      NewContact contact = contacts.get(i);
      String path = "contacts[" + i + "]";
      errors.require(contact != null, path, null, "is required");
      if (contact != null) {
        errors.addAll(
            contact.details().customFields().validate(definitions).stream()
                .map(error -> error.within(path))
                .toList());
        creations.add(creation(contact));
      }
    }
    errors.throwIfAny("contacts");
    return records.createAll(creations, repository::insertAll);
  }

  /**
   * Creates the contact with key {@code externalId}, or replaces the details of the one that has
   * it. The key is added to {@code details} if missing.
   */
  public Contact upsert(ExternalId externalId, ContactDetails details) {
    requireNonNull(externalId, "externalId");
    ContactDetails withKey =
        details.toBuilder().externalId(externalId.system(), externalId.value()).build();
    return context
        .transactions()
        .write(
            events ->
                repository
                    .findByExternalId(context.tenant(), externalId)
                    .map(existing -> update(existing.id(), existing.version(), withKey))
                    .orElseGet(() -> create(withKey)));
  }

  /** Replaces the details of version {@code expectedVersion} of contact {@code id}. */
  public Contact update(ContactId id, long expectedVersion, ContactDetails details) {
    requireNonNull(details, "details");
    validate(details);
    return change(
        id, expectedVersion, (contact, now) -> contact.update(details, now, context.actor()));
  }

  /** Changes some details of version {@code expectedVersion} of contact {@code id}. */
  public Contact edit(
      ContactId id, long expectedVersion, UnaryOperator<ContactDetails.Builder> edit) {
    requireNonNull(edit, "edit");
    Contact current = get(id);
    return update(id, expectedVersion, edit.apply(current.details().toBuilder()).build());
  }

  /** Moves contact {@code id} to lifecycle stage {@code stage}. */
  public Contact moveToStage(ContactId id, long expectedVersion, LifecycleStage stage) {
    return change(
        id, expectedVersion, (contact, now) -> contact.moveToStage(stage, now, context.actor()));
  }

  /** Gives contact {@code id} to {@code owner}. */
  public Contact assign(ContactId id, long expectedVersion, UserId owner) {
    return change(
        id, expectedVersion, (contact, now) -> contact.assignTo(owner, now, context.actor()));
  }

  /** Archives contact {@code id}: read-only and left out of searches until restored. */
  public Contact archive(ContactId id, long expectedVersion) {
    return change(id, expectedVersion, (contact, now) -> contact.archive(now, context.actor()));
  }

  /** Restores archived contact {@code id}. */
  public Contact restore(ContactId id, long expectedVersion) {
    return change(id, expectedVersion, (contact, now) -> contact.unarchive(now, context.actor()));
  }

  /** Deletes version {@code expectedVersion} of contact {@code id} for good. */
  public void delete(ContactId id, long expectedVersion) {
    records.delete(
        id,
        expectedVersion,
        repository::delete,
        (deleted, now) -> new ContactDeleted(context.tenant(), deleted, now, context.actor()));
  }

  /**
   * Throws unless contact {@code id} exists and the actor may read it, without reading the whole
   * contact: for commands that link a record to it.
   *
   * @throws io.crmkit.core.NotFoundException if there is none in the tenant
   * @throws io.crmkit.core.AccessDeniedException if the actor may not read it
   */
  public void requireReadable(ContactId id) {
    records.requireReadable(id, repository.findOwner(context.tenant(), id));
  }

  /**
   * Throws unless every contact of {@code ids} exists and the actor may read it, reading their
   * owners at once: for commands that link many records to contacts.
   *
   * @throws io.crmkit.core.NotFoundException for the first that is not in the tenant
   * @throws io.crmkit.core.AccessDeniedException for the first the actor may not read
   */
  public void requireAllReadable(Collection<ContactId> ids) {
    requireNonNull(ids, "ids");
    records.requireReadable(ids, repository.findOwners(context.tenant(), ids));
  }

  /**
   * Returns contact {@code id}.
   *
   * @throws NotFoundException if there is none in the tenant
   * @throws io.crmkit.core.AccessDeniedException if the actor may not read it
   */
  public Contact get(ContactId id) {
    return records.get(id);
  }

  /** Returns contact {@code id} if it exists; throws if the actor may not read it. */
  public Optional<Contact> find(ContactId id) {
    return records.find(id);
  }

  /** Returns the contact whose primary email is {@code email}. */
  public Optional<Contact> findByEmail(String email) {
    return repository
        .findByPrimaryEmail(context.tenant(), EmailAddress.of(email))
        .filter(records::readable);
  }

  /** Returns the contact with key {@code externalId}. */
  public Optional<Contact> findByExternalId(ExternalId externalId) {
    return repository.findByExternalId(context.tenant(), externalId).filter(records::readable);
  }

  /**
   * Returns the contacts whose primary email is one of {@code emails} and the actor may read, each
   * once, in id order: one lookup for many, as an import needs.
   */
  public List<Contact> findByEmails(Collection<EmailAddress> emails) {
    requireNonNull(emails, "emails");
    return readable(repository.findByPrimaryEmails(context.tenant(), emails));
  }

  /**
   * Returns the contacts that hold one of {@code externalIds} and the actor may read, each once, in
   * id order.
   */
  public List<Contact> findByExternalIds(Collection<ExternalId> externalIds) {
    requireNonNull(externalIds, "externalIds");
    return readable(repository.findByExternalIds(context.tenant(), externalIds));
  }

  /** Returns a page of the contacts that match {@code query} and the actor may read. */
  public Page<Contact> search(ContactQuery query, PageRequest page) {
    requireNonNull(query, "query");
    requireNonNull(page, "page");
    return records.readable(repository.search(context.tenant(), query, page));
  }

  /** Returns the number of contacts in the tenant, archived ones included. */
  public long count() {
    return repository.count(context.tenant());
  }

  private List<Contact> readable(List<Contact> found) {
    return found.stream().filter(records::readable).toList();
  }

  private Contact change(
      ContactId id, long expectedVersion, BiFunction<Contact, Instant, Changed<Contact>> command) {
    return records.change(id, expectedVersion, command);
  }

  /** Returns the creation of {@code contact} under a new id, made by the acting user. */
  private Creation<ContactId, Contact> creation(NewContact contact) {
    ContactId id = ContactId.of(context.ids().next());
    return new Creation<>(
        id,
        contact.owner(),
        now ->
            Contact.create(
                id,
                context.tenant(),
                contact.details(),
                contact.owner(),
                contact.stage(),
                now,
                context.actor()));
  }

  private void validate(ContactDetails details) {
    FieldErrors errors = new FieldErrors();
    customFields.validate(RecordType.CONTACT, details.customFields(), errors);
    errors.throwIfAny(KIND);
  }
}
