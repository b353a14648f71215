package io.crmkit.core.contact.internal;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.DomainEvent;
import io.crmkit.core.ExternalId;
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
import io.crmkit.core.customfield.CustomFields;
import io.crmkit.core.internal.CrmContext;
import io.crmkit.core.internal.FieldErrors;
import io.crmkit.core.internal.LinkedRecords;
import io.crmkit.core.internal.RecordCommands.Creation;
import io.crmkit.core.party.LifecycleStage;
import io.crmkit.core.party.internal.DefaultPartyService;
import io.crmkit.core.spi.ContactRepository;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The {@link ContactService} of an opened CRM, over its storage and context; built by {@code Crm}
 * only.
 */
public final class DefaultContactService
    extends DefaultPartyService<
        ContactId, ContactDetails, ContactDetails.Builder, Contact, ContactQuery>
    implements ContactService {

  private final ContactRepository repository;
  private final CustomFieldService customFields;

  /**
   * @param context the opened CRM's context
   * @param repository where contacts are kept
   * @param customFields the tenant's custom field definitions
   * @param linked the check of the companies a contact links to
   */
  public DefaultContactService(
      CrmContext context,
      ContactRepository repository,
      CustomFieldService customFields,
      LinkedRecords linked) {
    super(context, RecordType.CONTACT, repository, customFields, linked);
    this.repository = repository;
    this.customFields = customFields;
  }

  @Override
  public Contact create(ContactDetails details, UserId owner, LifecycleStage stage) {
    NewContact contact = NewContact.of(details, owner, stage);
    validate(details);
    return context
        .transactions()
        .write(
            events -> {
              linksOf(details).require();
              return records.create(creation(contact), repository::insert);
            });
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
    LinkedRecords.Links links = linked.links();
    contacts.forEach(contact -> addLinks(contact.details(), links));
    return context
        .transactions()
        .write(
            events -> {
              links.require();
              return records.createAll(creations, repository::insertAll);
            });
  }

  @Override
  public Optional<Contact> findByEmail(EmailAddress email) {
    requireNonNull(email, "email");
    return repository.findByPrimaryEmail(context.tenant(), email).filter(records::readable);
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
  protected ContactDetails withExternalId(ContactDetails details, ExternalId key) {
    return details.toBuilder().externalId(key.system(), key.value()).build();
  }

  @Override
  protected ContactDetails edited(
      ContactDetails details, UnaryOperator<ContactDetails.Builder> edit) {
    return edit.apply(details.toBuilder()).build();
  }

  @Override
  protected void addLinks(ContactDetails details, LinkedRecords.Links links) {
    details.companies().forEach(link -> links.company(link.company()));
  }

  @Override
  protected CustomFields customFieldsOf(ContactDetails details) {
    return details.customFields();
  }

  @Override
  protected DomainEvent deleted(ContactId id, Instant at) {
    return new ContactDeleted(context.tenant(), id, at, context.actor());
  }

  private List<Contact> readable(List<Contact> found) {
    return found.stream().filter(records::readable).toList();
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
}
