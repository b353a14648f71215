package io.crmkit.core.automation.internal;

import io.crmkit.core.Crm;
import io.crmkit.core.RecordRef;
import io.crmkit.core.Tag;
import io.crmkit.core.automation.RuleEnrollments;
import io.crmkit.core.contact.Contact;
import io.crmkit.core.contact.ContactId;
import io.crmkit.core.spi.ContactLists;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Runs the rule actions on the contacts a record stands for ({@link RecordContacts}): tagging them,
 * adding them to a static list and enrolling them in a sequence, each at most once.
 */
final class ContactActions {

  private ContactActions() {}

  /**
   * Tags the contacts of {@code record} that lack {@code tag}.
   *
   * @return what it did, for the execution log
   */
  static String tag(RecordRef record, Tag tag, Crm crm) {
    List<ContactId> tagged = new ArrayList<>();
    for (ContactId id : RecordContacts.of(record, crm)) {
      Contact contact = crm.contacts().get(id);
      if (!contact.details().tags().contains(tag)) {
        crm.contacts().update(id, contact.version(), details -> details.tag(tag.value()));
        tagged.add(id);
      }
    }
    return "tagged " + contacts(tagged) + " with " + tag.value();
  }

  /**
   * Enrolls the contacts of {@code record} in {@code sequence}, but those active or paused in it.
   *
   * @return what it did, for the execution log
   */
  static String enroll(RecordRef record, String sequence, RuleEnrollments sequences, Crm crm) {
    List<ContactId> enrolled = new ArrayList<>();
    List<ContactId> already = new ArrayList<>();
    for (ContactId contact : RecordContacts.of(record, crm)) {
      (sequences.enrollOnce(crm, sequence, contact) ? enrolled : already).add(contact);
    }
    String done = "enrolled " + contacts(enrolled) + " in sequence " + sequence;
    return already.isEmpty() ? done : done + " (" + contacts(already) + " already in it)";
  }

  /**
   * Adds the contacts of {@code record} to the tenant's static list {@code list}.
   *
   * @return what it did, for the execution log
   */
  static String addToList(RecordRef record, String list, ContactLists lists, Crm crm) {
    List<ContactId> contacts = RecordContacts.of(record, crm);
    lists.add(crm, list, contacts);
    return "added " + contacts(contacts) + " to list " + list;
  }

  private static String contacts(List<ContactId> ids) {
    return ids.isEmpty()
        ? "no contact"
        : ids.stream().map(ContactId::toString).collect(Collectors.joining(", ", "contact ", ""));
  }
}
