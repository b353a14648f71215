package io.crmkit.core.timeline;

import io.crmkit.core.Page;
import io.crmkit.core.PageRequest;
import io.crmkit.core.RecordRef;
import io.crmkit.core.company.CompanyId;
import io.crmkit.core.contact.ContactId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The timeline of one opened CRM, as a service: it writes interactions on the timeline and reads
 * them back, per contact, company or other record, newest first; and assembles the 360-degree view
 * of a contact.
 *
 * <pre>{@code
 * Activity met = crm.timeline().log(
 *     ActivityEntry.of(new ActivityDetails.Note()).about(ana.id()).subject("Met at the fair"));
 * ContactView view = crm.timeline().view(ana.id(), PageRequest.first(20));
 * }</pre>
 *
 * <p>Every command on an activity takes either its id and the version it was read at, or the
 * activity as read; a stale version fails with {@link io.crmkit.core.ConcurrentUpdateException}.
 *
 * <p>Reached through {@link io.crmkit.core.Crm#timeline()}.
 *
 * @since 0.1
 */
public interface TimelineService {

  /**
   * Writes an activity on the timeline of every record it concerns, logged by the acting user.
   *
   * @throws IllegalArgumentException if the entry concerns no record
   * @throws io.crmkit.core.NotFoundException if a contact, company or related record it names
   *     ({@link ActivityEntry#about}, {@link ActivityEntry#regarding}) is not in the tenant
   * @throws io.crmkit.core.AccessDeniedException if the actor may not read one of them
   */
  Activity log(ActivityEntry entry);

  /**
   * Writes many activities in one unit of work, as {@link #log} writes one: what a sync of the mail
   * system or the site's tracking does with each batch it brings. The contacts and companies the
   * entries name are checked with one reading of their owners, not one per entry; either every
   * entry is logged or none is.
   *
   * @return the activities, in the order of {@code entries}
   * @throws IllegalArgumentException if an entry concerns no record (naming its index)
   * @throws io.crmkit.core.NotFoundException if a contact, company or related record named is not
   *     in the tenant; the records of the whole batch are looked up at once, one reading per kind
   * @throws io.crmkit.core.AccessDeniedException if the actor may not read one of them
   */
  List<Activity> logAll(List<ActivityEntry> entries);

  /**
   * Replaces what is recorded of version {@code expectedVersion} of activity {@code id}.
   *
   * @throws io.crmkit.core.NotFoundException if a contact, company or related record the new entry
   *     adds is not in the tenant (those the activity already concerned are not looked up again)
   */
  Activity update(ActivityId id, long expectedVersion, ActivityEntry entry);

  /**
   * As {@link #update(ActivityId, long, ActivityEntry)}, for {@code activity} at the version it was
   * read.
   */
  default Activity update(Activity activity, ActivityEntry entry) {
    return update(activity.id(), activity.version(), entry);
  }

  /** Removes version {@code expectedVersion} of activity {@code id} from the timeline. */
  void delete(ActivityId id, long expectedVersion);

  /** As {@link #delete(ActivityId, long)}, for {@code activity} at the version it was read. */
  default void delete(Activity activity) {
    delete(activity.id(), activity.version());
  }

  /** Returns activity {@code id}, or throws {@link io.crmkit.core.NotFoundException}. */
  Activity get(ActivityId id);

  /** Returns activity {@code id} if it exists. */
  Optional<Activity> find(ActivityId id);

  /** Returns a page of the timeline of {@code contact}, newest first. */
  Page<Activity> forContact(ContactId contact, PageRequest page);

  /**
   * Returns the whole timelines of {@code contacts} at once, each newest first as {@link
   * #forContact} pages it, without the activities the actor may not read: for work over a page of
   * contacts, in one read instead of one per contact. Every contact asked for is a key, in the
   * order first asked; one without activities, or that does not exist, maps to an empty list.
   *
   * @param contacts the contacts, possibly empty; repeats are read once
   * @throws NullPointerException if {@code contacts} is or holds null
   */
  Map<ContactId, List<Activity>> forContacts(Collection<ContactId> contacts);

  /** Returns a page of the timeline of {@code company}, newest first. */
  Page<Activity> forCompany(CompanyId company, PageRequest page);

  /** Returns a page of the timeline of any other record, newest first. */
  Page<Activity> forRecord(RecordRef record, PageRequest page);

  /**
   * Returns the 360-degree view of {@code contact}: the contact, its companies (primary first) and
   * a page of its timeline.
   *
   * @throws io.crmkit.core.NotFoundException if the contact does not exist
   */
  ContactView view(ContactId contact, PageRequest page);
}
