package io.crmkit.core.spi;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.DuplicateException;
import io.crmkit.core.Page;
import io.crmkit.core.PageRequest;
import io.crmkit.core.RecordRef;
import io.crmkit.core.TenantId;
import io.crmkit.core.UserId;
import io.crmkit.core.company.CompanyId;
import io.crmkit.core.contact.ContactId;
import io.crmkit.core.timeline.Activity;
import io.crmkit.core.timeline.ActivityId;
import io.crmkit.core.timeline.TimelinePosition;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The port that stores the timeline's activities. Timelines are paged newest first by {@link
 * TimelinePosition}, whose cursors every adapter understands.
 *
 * <p>Adapters pass the contract suite {@code ActivityRepositoryContract} of the crm-core test-jar.
 *
 * @since 0.1
 */
public interface ActivityRepository {

  /** Returns the activity {@code id} of {@code tenant}. */
  Optional<Activity> find(TenantId tenant, ActivityId id);

  /**
   * Returns the owners of the activities of {@code tenant} among {@code ids}, by id; ids the tenant
   * has no activity for are left out. What the checks of the commands that link to activities need,
   * for a whole batch in one reading where an adapter can (the default asks {@link #find} for each
   * id).
   *
   * @since 0.1
   */
  default Map<ActivityId, UserId> findOwners(TenantId tenant, Collection<ActivityId> ids) {
    requireNonNull(tenant, "tenant");
    Map<ActivityId, UserId> owners = new HashMap<>();
    for (ActivityId id : requireNonNull(ids, "ids")) {
      find(tenant, id).map(Activity::owner).ifPresent(owner -> owners.put(id, owner));
    }
    return owners;
  }

  /** Returns a page of the activities concerning {@code contact}, newest first. */
  Page<Activity> forContact(TenantId tenant, ContactId contact, PageRequest page);

  /**
   * Returns the whole timelines of {@code contacts} of {@code tenant} at once, for work that reads
   * every activity of a page of contacts (scoring, segments): each contact's activities newest
   * first, in the order {@link #forContact} pages them. An activity that concerns several of the
   * contacts is in the list of each. Every contact asked for is a key, in the order first asked;
   * one without activities, or not of the tenant, maps to an empty list. The map and its lists are
   * immutable.
   *
   * <p>The default pages through {@link #forContact} contact by contact, so that an adapter written
   * before this method keeps working; an adapter that can read many timelines in one round trip
   * overrides it.
   *
   * @param contacts the contacts, possibly empty; repeats are read once
   */
  default Map<ContactId, List<Activity>> forContacts(
      TenantId tenant, Collection<ContactId> contacts) {
    requireNonNull(tenant, "tenant");
    Map<ContactId, List<Activity>> timelines = new LinkedHashMap<>();
    for (ContactId contact : requireNonNull(contacts, "contacts")) {
      timelines.computeIfAbsent(requireNonNull(contact, "contact"), c -> wholeTimeline(tenant, c));
    }
    return Collections.unmodifiableMap(timelines);
  }

  /** Returns a page of the activities concerning {@code company}, newest first. */
  Page<Activity> forCompany(TenantId tenant, CompanyId company, PageRequest page);

  /** Returns a page of the activities concerning {@code record}, newest first. */
  Page<Activity> forRecord(TenantId tenant, RecordRef record, PageRequest page);

  /** Returns the number of activities concerning {@code contact}. */
  long countForContact(TenantId tenant, ContactId contact);

  /** Stores a new activity. */
  void insert(Activity activity);

  /**
   * Stores new activities, all or none: the path of {@code TimelineService.logAll}, which an
   * integration's nightly batch takes with hundreds of activities at once.
   *
   * <p>The default inserts them one by one with {@link #insert}, in the caller's unit of work, so
   * that a refusal rolls back the activities inserted before it; the services always call it inside
   * one. Adapters override it to check and write many activities at once, and then keep it all or
   * nothing even when it is called outside a unit of work.
   *
   * @param activities new activities of one tenant, possibly none
   * @throws DuplicateException if an id repeats in {@code activities} or is taken in its tenant
   */
  default void insertAll(List<Activity> activities) {
    activities.forEach(this::insert);
  }

  /** Replaces the stored version {@code expectedVersion} by {@code activity}. */
  void update(Activity activity, long expectedVersion);

  /** Deletes the stored version {@code expectedVersion} of the activity {@code id}. */
  void delete(TenantId tenant, ActivityId id, long expectedVersion);

  private List<Activity> wholeTimeline(TenantId tenant, ContactId contact) {
    List<Activity> activities = new ArrayList<>();
    PageRequest request = PageRequest.first(PageRequest.MAX_SIZE);
    while (true) {
      Page<Activity> page = forContact(tenant, contact, request);
      activities.addAll(page.items());
      if (page.next() == null) {
        return List.copyOf(activities);
      }
      request = PageRequest.after(page.next(), PageRequest.MAX_SIZE);
    }
  }
}
