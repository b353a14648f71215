package io.crmkit.core.contact.internal;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.DataValue;
import io.crmkit.core.contact.Contact;
import io.crmkit.core.spi.ContactRepository;
import io.crmkit.core.spi.ErasureLog;
import io.crmkit.core.spi.PersonalDataHolder;
import io.crmkit.core.spi.PersonalDataRequest;

/**
 * The contact's part of a person's data: the contact itself, with its names, emails, phones,
 * addresses, social profiles, tags, external ids, custom fields and company links. Erasure deletes
 * the contact, which releases its primary email and external ids for other contacts.
 */
public final class ContactPersonalData implements PersonalDataHolder {

  private final ContactRepository contacts;

  /**
   * @param contacts the storage's contacts
   */
  public ContactPersonalData(ContactRepository contacts) {
    this.contacts = requireNonNull(contacts, "contacts");
  }

  @Override
  public String name() {
    return "contact";
  }

  @Override
  public DataValue describe(PersonalDataRequest request) {
    Contact contact = request.subject();
    return DataValue.fields()
        .put("id", contact.id())
        .put("owner", contact.owner())
        .put("lifecycleStage", contact.lifecycleStage())
        .put("lifecycle", contact.lifecycle())
        .put("archived", contact.archived())
        .put("createdAt", contact.revision().createdAt())
        .put("updatedAt", contact.revision().updatedAt())
        .put("details", contact.details())
        .build();
  }

  @Override
  public void erase(PersonalDataRequest request, ErasureLog log) {
    Contact contact = request.subject();
    contacts.delete(contact.tenant(), contact.id(), contact.version());
    log.deleted("contact", contact.id().toString());
  }
}
