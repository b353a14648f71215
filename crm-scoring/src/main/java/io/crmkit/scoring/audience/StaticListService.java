package io.crmkit.scoring.audience;

import io.crmkit.core.DuplicateException;
import io.crmkit.core.NotFoundException;
import io.crmkit.core.ValidationException;
import io.crmkit.core.contact.ContactId;
import io.crmkit.scoring.audience.SegmentEvent.ContactEnteredSegment;
import io.crmkit.scoring.audience.SegmentEvent.ContactLeftSegment;
import io.crmkit.scoring.segment.StaticList;
import java.util.Collection;
import java.util.List;

/**
 * A tenant's static lists: named sets of contacts that change only when someone adds or removes
 * members (an event's attendees, a blocklist), as opposed to dynamic segments, which follow a
 * condition. Adding and removing members publishes {@link SegmentEvent}s, as re-evaluating a
 * segment does.
 *
 * <pre>{@code
 * StaticListService lists = CrmAnalytics.on(crm).lists();
 * lists.create("fair 2026");
 * lists.addMembers("fair 2026", List.of(ana.id(), bea.id()));
 * }</pre>
 *
 * <p>Lists share one namespace with dynamic segments ({@link SegmentService}), so that a segment
 * may say {@code in segment "fair 2026"}. Lists are kept in the CRM's storage; the events go to its
 * journal and publisher with the writes that raise them.
 *
 * <p>Reached through {@code CrmAnalytics.on(crm).lists()}.
 *
 * @since 0.1
 */
public interface StaticListService {

  /**
   * Creates an empty static list.
   *
   * @param name 1 to 200 characters, not blank
   * @throws IllegalArgumentException when the name is null, blank or too long
   * @throws DuplicateException when a segment or list has the name
   */
  StaticList<ContactId> create(String name);

  /**
   * Returns static list {@code name}.
   *
   * @throws NotFoundException when there is no such list
   */
  StaticList<ContactId> get(String name);

  /** Returns every static list of the tenant, ordered by name. */
  List<StaticList<ContactId>> list();

  /**
   * Adds contacts to static list {@code name} and publishes one {@link ContactEnteredSegment} per
   * contact that was not a member yet.
   *
   * @throws NotFoundException when the list or a contact does not exist
   */
  StaticList<ContactId> addMembers(String name, Collection<ContactId> contacts);

  /**
   * Removes contacts from static list {@code name} and publishes one {@link ContactLeftSegment} per
   * contact that was a member.
   *
   * @throws NotFoundException when the list does not exist
   */
  StaticList<ContactId> removeMembers(String name, Collection<ContactId> contacts);

  /**
   * Removes static list {@code name}; returns whether it existed. Its members do not "leave": the
   * list is gone, not emptied.
   *
   * @throws ValidationException when a segment refers to it
   */
  boolean remove(String name);
}
