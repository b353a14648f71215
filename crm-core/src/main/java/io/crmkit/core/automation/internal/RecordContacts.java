package io.crmkit.core.automation.internal;

import io.crmkit.core.Crm;
import io.crmkit.core.RecordRef;
import io.crmkit.core.RecordType;
import io.crmkit.core.contact.Contact;
import io.crmkit.core.contact.ContactId;
import io.crmkit.core.deal.DealContact;
import io.crmkit.core.deal.DealId;
import io.crmkit.core.lead.Conversion;
import io.crmkit.core.lead.Lead;
import io.crmkit.core.lead.LeadId;
import io.crmkit.core.ticket.TicketId;
import java.util.List;
import java.util.Set;

/**
 * Finds the contacts a record stands for, whom rules tag and enroll: a lead's contact (the one it
 * was converted into, or else the one with its email address), a deal's contacts, a ticket's
 * requester.
 */
final class RecordContacts {

  /** The record types that stand for contacts. */
  static final Set<RecordType> TYPES = Set.of(RecordType.LEAD, RecordType.DEAL, RecordType.TICKET);

  private RecordContacts() {}

  /** Returns the contacts of {@code record}, read through {@code crm}, in the record's order. */
  static List<ContactId> of(RecordRef record, Crm crm) {
    return switch (record.type()) {
      case LEAD -> lead(crm.leads().get(LeadId.parse(record.id())), crm);
      case DEAL ->
          crm.deals().get(DealId.parse(record.id())).details().contacts().stream()
              .map(DealContact::contact)
              .toList();
      case TICKET -> List.of(crm.tickets().get(TicketId.parse(record.id())).details().requester());
      default -> throw new IllegalStateException("a " + record.type() + " has no contacts");
    };
  }

  private static List<ContactId> lead(Lead lead, Crm crm) {
    return lead
        .conversion()
        .map(Conversion::contact)
        .or(
            () ->
                lead.details()
                    .emailIfKnown()
                    .flatMap(email -> crm.contacts().findByEmail(email))
                    .map(Contact::id))
        .stream()
        .toList();
  }
}
