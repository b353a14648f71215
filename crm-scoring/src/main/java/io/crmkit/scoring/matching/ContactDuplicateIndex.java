package io.crmkit.scoring.matching;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.Crm;
import io.crmkit.core.DomainEvent;
import io.crmkit.core.EventPublisher;
import io.crmkit.core.contact.ContactDetails;
import io.crmkit.core.contact.ContactId;
import io.crmkit.core.lead.LeadDetails;
import io.crmkit.core.lead.LeadId;
import io.crmkit.scoring.matching.internal.LiveIndex;
import io.crmkit.scoring.matching.internal.PartyRecords;
import java.util.List;

/**
 * The index of a tenant's contacts that answers "possible duplicates of this contact" fast enough
 * to ask inside a create: before it (of the details about to be saved), after it (of the new
 * contact's id), on update, and for a lead before it is converted into a contact.
 *
 * <p>It stays current in either of two ways, which may be combined: hand it the CRM's domain events
 * as an {@link EventPublisher} (each contact event makes it read that contact again, so a created,
 * updated, archived, restored or deleted contact is filed, refiled or dropped), or call {@link
 * #refresh(ContactId)} after a change. crm-core does not know of it; a host wires it:
 *
 * <pre>{@code
 * AtomicReference<ContactDuplicateIndex> index = new AtomicReference<>();
 * Crm crm = Crm.builder().eventPublisher(events -> {
 *       ContactDuplicateIndex current = index.get();
 *       if (current != null) current.publish(events);
 *     }).build();
 * index.set(ContactDuplicates.on(crm).index());
 * }</pre>
 *
 * <p>Events are published after the unit of work commits, so a contact created inside a transaction
 * is found by the index only when that transaction has committed. Thread-safe.
 *
 * @since 0.1
 */
public final class ContactDuplicateIndex implements EventPublisher {

  private final Crm crm;
  private final LiveIndex<ContactId> live;

  ContactDuplicateIndex(Crm crm, LiveIndex<ContactId> live) {
    this.crm = crm;
    this.live = live;
  }

  /** Returns the model the index weighs with. */
  public MatchModel model() {
    return live.index().model();
  }

  /** Returns how many contacts it holds. */
  public int size() {
    return live.index().size();
  }

  /** Returns the contacts that may be the person of {@code details}, before they are saved. */
  public List<PossibleDuplicate<ContactId>> possibleDuplicatesOf(ContactDetails details) {
    return live.index().possibleDuplicatesOf(PartyRecords.of(requireNonNull(details, "details")));
  }

  /**
   * Returns the other contacts that may be the same person as the contact {@code id}, as the CRM
   * holds it now.
   *
   * @throws io.crmkit.core.NotFoundException when there is no such contact
   */
  public List<PossibleDuplicate<ContactId>> possibleDuplicatesOf(ContactId id) {
    return live.index().possibleDuplicatesOf(PartyRecords.of(crm.contacts().get(id)));
  }

  /** Returns the contacts that may be the person a lead with {@code details} names. */
  public List<PossibleDuplicate<ContactId>> possibleContactsFor(LeadDetails details) {
    return live.index()
        .possibleDuplicatesOf(PartyRecords.personOf(requireNonNull(details, "details")));
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

  /** Reads the contact {@code id} again and files it, or drops it when it is gone or archived. */
  public void refresh(ContactId id) {
    live.refresh(requireNonNull(id, "id"));
  }

  /** Refreshes each contact that one of {@code events} of the index's tenant concerns. */
  @Override
  public void publish(List<DomainEvent> events) {
    live.publish(requireNonNull(events, "events"));
  }
}
