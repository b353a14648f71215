package io.crmkit.core.contact.internal;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.Changed;
import io.crmkit.core.ExternalId;
import io.crmkit.core.Page;
import io.crmkit.core.PageRequest;
import io.crmkit.core.RecordType;
import io.crmkit.core.UserId;
import io.crmkit.core.contact.Contact;
import io.crmkit.core.contact.ContactDetails;
import io.crmkit.core.contact.ContactEvent.ContactDeleted;
import io.crmkit.core.contact.ContactId;
import io.crmkit.core.contact.ContactQuery;
import io.crmkit.core.contact.ContactService;
import io.crmkit.core.contact.NewContact;
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
 * The {@link ContactService} of an opened CRM, over its storage and context; built by {@code Crm}
 * only.
 */
public final class DefaultContactService implements ContactService {

  private final CrmContext context;
  private final ContactRepository repository;
  private final CustomFieldService customFields;
  private final RecordCommands<ContactId, Contact> records;

  /**
   * @param context the opened CRM's context
   * @param repository where contacts are kept
   * @param customFields the tenant's custom field definitions
   */
  public DefaultContactService(
      CrmContext context, ContactRepository repository, CustomFieldService customFields) {
    this.context = requireNonNull(context, "context");
    this.repository = requireNonNull(repository, "repository");
    this.customFields = requireNonNull(customFields, "customFields");
    this.records =
        new RecordCommands<>(
            context, RecordType.CONTACT, repository::find, repository::update, Contact::owner);
  }

  @Override
  public Contact create(ContactDetails details) {
    return create(details, context.actor(), LifecycleStage.LEAD);
  }

  @Override
  public Contact create(ContactDetails details, UserId owner, LifecycleStage stage) {
    NewContact contact = NewContact.of(details, owner, stage);
    validate(details);
    return records.create(creation(contact), repository::insert);
  }

  @Override
  public List<Contact> createAll(List<NewContact> contacts) {
    requireNonNull(contacts, "contacts");
    if (contacts.isEmpty()) {
      return List.of();
    }
    List<CustomFieldDefinition> definitions = customFields.list(RecordType.CONTACT);
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

  @Override
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

  @Override
  public Contact update(ContactId id, long expectedVersion, ContactDetails details) {
    requireNonNull(details, "details");
    validate(details);
    return change(
        id, expectedVersion, (contact, now) -> contact.update(details, now, context.actor()));
  }

  @Override
  public Contact update(
      ContactId id, long expectedVersion, UnaryOperator<ContactDetails.Builder> edit) {
    requireNonNull(edit, "edit");
    Contact current = get(id);
    return update(id, expectedVersion, edit.apply(current.details().toBuilder()).build());
  }

  @Override
  public Contact moveTo(ContactId id, long expectedVersion, LifecycleStage stage) {
    return change(
        id, expectedVersion, (contact, now) -> contact.moveTo(stage, now, context.actor()));
  }

  @Override
  public Contact assign(ContactId id, long expectedVersion, UserId owner) {
    return change(
        id, expectedVersion, (contact, now) -> contact.assign(owner, now, context.actor()));
  }

  @Override
  public Contact archive(ContactId id, long expectedVersion) {
    return change(id, expectedVersion, (contact, now) -> contact.archive(now, context.actor()));
  }

  @Override
  public Contact unarchive(ContactId id, long expectedVersion) {
    return change(id, expectedVersion, (contact, now) -> contact.unarchive(now, context.actor()));
  }

  @Override
  public void delete(ContactId id, long expectedVersion) {
    records.delete(
        id,
        expectedVersion,
        repository::delete,
        (deleted, now) -> new ContactDeleted(context.tenant(), deleted, now, context.actor()));
  }

  @Override
  public void requireReadable(ContactId id) {
    records.requireReadable(id, repository.findOwner(context.tenant(), id));
  }

  @Override
  public void requireAllReadable(Collection<ContactId> ids) {
    requireNonNull(ids, "ids");
    records.requireReadable(ids, repository.findOwners(context.tenant(), ids));
  }

  @Override
  public Contact get(ContactId id) {
    return records.get(id);
  }

  @Override
  public Optional<Contact> find(ContactId id) {
    return records.find(id);
  }

  @Override
  public Optional<Contact> findByEmail(EmailAddress email) {
    requireNonNull(email, "email");
    return repository.findByPrimaryEmail(context.tenant(), email).filter(records::readable);
  }

  @Override
  public Optional<Contact> findByExternalId(ExternalId externalId) {
    return repository.findByExternalId(context.tenant(), externalId).filter(records::readable);
  }

  @Override
  public List<Contact> findByEmails(Collection<EmailAddress> emails) {
    requireNonNull(emails, "emails");
    return readable(repository.findByPrimaryEmails(context.tenant(), emails));
  }

  @Override
  public List<Contact> findByExternalIds(Collection<ExternalId> externalIds) {
    requireNonNull(externalIds, "externalIds");
    return readable(repository.findByExternalIds(context.tenant(), externalIds));
  }

  @Override
  public Page<Contact> search(ContactQuery query, PageRequest page) {
    requireNonNull(query, "query");
    requireNonNull(page, "page");
    return records.readable(repository.search(context.tenant(), query, page));
  }

  @Override
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
    customFields.validate(RecordType.CONTACT, details.customFields());
  }
}
