package io.crmkit.jpa.internal.contact;

import io.crmkit.core.Tag;
import io.crmkit.core.company.CompanyId;
import io.crmkit.core.contact.CompanyLink;
import io.crmkit.core.contact.Contact;
import io.crmkit.core.contact.ContactDetails;
import io.crmkit.core.contact.ContactId;
import io.crmkit.core.contact.ContactQuery;
import io.crmkit.core.contactpoint.EmailAddress;
import io.crmkit.core.customfield.CustomFieldValue;
import io.crmkit.core.party.PersonName;
import io.crmkit.jpa.internal.AggregateRow;
import io.crmkit.jpa.internal.SearchKey;
import io.crmkit.jpa.internal.ValueDocuments.Address;
import io.crmkit.jpa.internal.ValueDocuments.External;
import io.crmkit.jpa.internal.ValueDocuments.Phone;
import io.crmkit.jpa.internal.ValueDocuments.Profile;
import io.crmkit.jpa.internal.ValueDocuments.StageChange;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Copies a contact into its row and key tables, and rebuilds it from its row. */
final class ContactMapper {

  static final String EMAIL = "email";
  static final String PHONE = "phone";
  static final String TAG = "tag";
  static final String COMPANY = "company";
  static final String CUSTOM_FIELD = "custom";
  static final String NAME = "name";
  static final String EXTERNAL_ID = "external";

  private ContactMapper() {}

  /** Writes every field of {@code contact} into {@code row}, except the version JPA keeps. */
  static void write(Contact contact, ContactEntity row) {
    ContactDetails details = contact.details();
    row.givenName = details.name().given();
    row.familyName = details.name().family();
    row.displayName = details.name().display();
    row.jobTitle = details.jobTitle();
    row.primaryEmail = details.primaryEmail().map(EmailAddress::value).orElse(null);
    row.primaryCompany = details.primaryCompany().map(CompanyId::value).orElse(null);
    row.writeParty(
        contact,
        details.customFields(),
        new ContactDocument(
            details.emails().stream().map(EmailAddress::value).toList(),
            details.phones().stream().map(Phone::from).toList(),
            details.addresses().stream().map(Address::from).toList(),
            details.socialProfiles().stream().map(Profile::from).toList(),
            details.tags().stream().map(Tag::value).toList(),
            details.externalIds().stream().map(External::from).toList(),
            details.companies().stream()
                .map(l -> new ContactDocument.Link(l.company().value(), l.role(), l.primary()))
                .toList(),
            StageChange.from(contact.lifecycle())));
    AggregateRow.replace(row.keys, keys(contact));
    List<SegmentValue> segmentValues = SegmentValues.of(contact);
    if (!row.segmentValues.equals(segmentValues)) {
      row.segmentValues.clear();
      row.segmentValues.addAll(segmentValues);
    }
  }

  /** Returns the contact stored in {@code row}. */
  static Contact read(ContactEntity row) {
    ContactDocument document = row.details(ContactDocument.class);
    ContactDetails details =
        new ContactDetails(
            PersonName.of(row.givenName, row.familyName, row.displayName),
            row.jobTitle,
            document.emails().stream().map(EmailAddress::new).toList(),
            document.phones().stream().map(Phone::toPhone).toList(),
            document.addresses().stream().map(Address::toAddress).toList(),
            document.socialProfiles().stream().map(Profile::toProfile).toList(),
            document.tags().stream().map(Tag::new).collect(Collectors.toCollection(TreeSet::new)),
            document.externalIds().stream().map(External::toExternalId).collect(Collectors.toSet()),
            row.customFields(),
            document.companies().stream()
                .map(l -> new CompanyLink(CompanyId.of(l.company()), l.role(), l.primary()))
                .toList());
    return Contact.restore(
        ContactId.of(row.id()),
        row.tenant(),
        row.revision(),
        details,
        row.owner(),
        StageChange.toLifecycle(document.lifecycle()),
        row.archived());
  }

  /** Returns the key under which a custom field value is searched. */
  static String customFieldKey(String key, CustomFieldValue value) {
    return key + '=' + value.asText();
  }

  private static Set<SearchKey> keys(Contact contact) {
    ContactDetails details = contact.details();
    Set<SearchKey> keys = new HashSet<>();
    details.emails().forEach(e -> keys.add(SearchKey.exact(EMAIL, e.value())));
    details.phones().forEach(p -> keys.add(SearchKey.exact(PHONE, p.e164())));
    details.tags().forEach(t -> keys.add(SearchKey.exact(TAG, t.value())));
    details.companies().forEach(l -> keys.add(SearchKey.exact(COMPANY, l.company().toString())));
    details
        .customFields()
        .asMap()
        .forEach((k, v) -> keys.add(SearchKey.exact(CUSTOM_FIELD, customFieldKey(k, v))));
    ContactQuery.nameWords(contact).forEach(word -> keys.add(SearchKey.word(NAME, word)));
    details.externalIds().forEach(x -> keys.add(SearchKey.exact(EXTERNAL_ID, x.key())));
    return keys;
  }
}
