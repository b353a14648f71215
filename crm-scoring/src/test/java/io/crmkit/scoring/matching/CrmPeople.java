package io.crmkit.scoring.matching;

import io.crmkit.core.Crm;
import io.crmkit.core.contact.Contact;
import io.crmkit.core.contact.ContactDetails;
import io.crmkit.core.contactpoint.PostalAddress;
import java.util.ArrayList;
import java.util.List;

/** Contacts made from the generated people, so that a CRM has enough of them to train on. */
final class CrmPeople {

  private CrmPeople() {}

  static ContactDetails details(MatchRecord<String> person) {
    String given = person.value(MatchField.GIVEN_NAME).orElse("");
    String family = person.value(MatchField.FAMILY_NAME).orElse("");
    String local = (given + "." + family).replaceAll("[^a-z.]", "");
    ContactDetails.Builder builder =
        ContactDetails.builder()
            .defaultRegion("DE")
            .name(given, family)
            .email(local + person.value(MatchField.IDENTIFIER).orElse("x") + "@example.com");
    person
        .value(MatchField.STREET)
        .ifPresent(
            street ->
                builder.address(
                    PostalAddress.builder()
                        .line(person.value(MatchField.STREET_NUMBER).orElse("1") + " " + street)
                        .city("Berlin")
                        .postalCode(person.value(MatchField.POSTAL_CODE).orElse("10115"))
                        .country("DE")
                        .build()));
    return builder.build();
  }

  /** Creates a contact for each of {@code people} and returns them. */
  static List<Contact> create(Crm crm, List<MatchRecord<String>> people) {
    List<Contact> contacts = new ArrayList<>();
    for (MatchRecord<String> person : people) {
      contacts.add(crm.contacts().create(details(person)));
    }
    return contacts;
  }
}
