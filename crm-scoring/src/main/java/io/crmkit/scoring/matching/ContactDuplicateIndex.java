package io.crmkit.scoring.matching;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.Crm;
import io.crmkit.core.contact.ContactDetails;
import io.crmkit.core.contact.ContactId;
import io.crmkit.core.lead.LeadDetails;
import io.crmkit.core.lead.LeadId;
import io.crmkit.scoring.matching.internal.LiveIndex;
import io.crmkit.scoring.matching.internal.PartyRecords;
import java.util.List;

/**
 * The index of a tenant's contacts that answers "possible duplicates of this contact": before a
 * create (of the details about to be saved), after it (of the new contact's id), on update, and for
 * a lead before it is converted into a contact. crm-core does not know of it; a host wires the
 * CRM's events to it:
 *
 * <pre>{@code
 * AtomicReference<ContactDuplicateIndex> index = new AtomicReference<>();
 * Crm crm = Crm.builder().eventPublisher(events -> {
 *       ContactDuplicateIndex current = index.get();
 *       if (current != null) current.publish(events);
 *     }).build();
 * index.set(CrmAnalytics.on(crm).duplicates().contacts().index());
 * }</pre>
 *
 * @since 0.1
 */
public final class ContactDuplicateIndex extends PartyDuplicateIndex<ContactId> {

  private final Crm crm;

  ContactDuplicateIndex(Crm crm, LiveIndex<ContactId> live) {
    super(live, id -> PartyRecords.of(crm.contacts().get(id)));
    this.crm = crm;
  }

  /** Returns the contacts that may be the person of {@code details}, before they are saved. */
  public List<PossibleDuplicate<ContactId>> possibleDuplicatesOf(ContactDetails details) {
    return ask(PartyRecords.of(requireNonNull(details, "details")));
  }

  /** Returns the contacts that may be the person a lead with {@code details} names. */
  public List<PossibleDuplicate<ContactId>> possibleContactsFor(LeadDetails details) {
    return ask(PartyRecords.personOf(requireNonNull(details, "details")));
  }

  /**
   * Returns the contacts that may be the person the lead {@code id} names: ask before converting
   * it, to link the existing contact instead of creating a second one.
   *
   * @throws io.crmkit.core.NotFoundException when there is no such lead
   */
  public List<PossibleDuplicate<ContactId>> possibleContactsFor(LeadId id) {
    return possibleContactsFor(crm.leads().get(id).details());
  }
}
