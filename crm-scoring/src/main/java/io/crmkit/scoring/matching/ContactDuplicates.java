package io.crmkit.scoring.matching;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.Crm;
import io.crmkit.core.contact.Contact;
import io.crmkit.core.contact.ContactEvent;
import io.crmkit.core.contact.ContactId;
import io.crmkit.core.contact.ContactQuery;
import io.crmkit.scoring.matching.internal.LiveIndex;
import io.crmkit.scoring.matching.internal.PartyRecords;
import java.util.List;
import java.util.Optional;

/**
 * Duplicate detection over a CRM tenant's contacts: the blocking plan, a whole-tenant scan that
 * returns clusters with their pair weights and explanations, and the index that answers "possible
 * duplicates of this contact" on create and update, and of a lead before its conversion.
 *
 * <pre>{@code
 * ContactDuplicates duplicates = CrmAnalytics.on(crm).duplicates().contacts();
 * DuplicateScan<ContactId> scan = duplicates.scan();
 * ContactDuplicateIndex index = duplicates.index();
 * List<PossibleDuplicate<ContactId>> before = index.possibleDuplicatesOf(details);
 * }</pre>
 *
 * <p>A contact is compared by its name, primary email and phone, first postal address, and birth
 * date when a date custom field {@code birthDate} holds one. Archived contacts are left out.
 * Contacts are read through {@code crm.contacts()}, as the CRM's actor.
 *
 * @since 0.1
 */
public final class ContactDuplicates extends PartyDuplicates<ContactId, ContactDuplicateIndex> {

  private ContactDuplicates(Crm crm, MatchConfiguration configuration) {
    super(crm, configuration);
  }

  /**
   * Returns duplicate detection over {@code crm}'s contacts with {@link
   * MatchConfiguration#people()}.
   */
  static ContactDuplicates on(Crm crm) {
    return on(crm, MatchConfiguration.people());
  }

  /** Returns duplicate detection over {@code crm}'s contacts with {@code configuration}. */
  static ContactDuplicates on(Crm crm, MatchConfiguration configuration) {
    return new ContactDuplicates(
        requireNonNull(crm, "crm"), requireNonNull(configuration, "configuration"));
  }

  /** Returns the contact as duplicate detection compares it. */
  public static MatchRecord<ContactId> recordOf(Contact contact) {
    return PartyRecords.of(requireNonNull(contact, "contact"));
  }

  @Override
  ContactDuplicateIndex index(MatchModel model, List<MatchRecord<ContactId>> records) {
    LiveIndex<ContactId> live =
        new LiveIndex<>(
            DuplicateIndex.of(model, records),
            crm.tenant(),
            id -> crm.contacts().find(id).filter(c -> !c.archived()).map(PartyRecords::of),
            event ->
                event instanceof ContactEvent contact
                    ? Optional.of(contact.contactId())
                    : Optional.empty());
    return new ContactDuplicateIndex(crm, live);
  }

  @Override
  List<MatchRecord<ContactId>> records() {
    return PartyRecords.readAll(
        page -> crm.contacts().search(ContactQuery.all(), page), PartyRecords::of);
  }
}
