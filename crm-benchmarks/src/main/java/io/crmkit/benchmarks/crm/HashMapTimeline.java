package io.crmkit.benchmarks.crm;

import io.crmkit.core.contact.Contact;
import io.crmkit.core.contact.ContactId;
import io.crmkit.core.timeline.Activity;
import io.crmkit.core.timeline.TimelinePosition;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The physical reference for the 360-degree view: a {@code HashMap} of contacts by id and, per
 * contact, an {@code ArrayList} of its activities sorted newest first once all are added.
 */
final class HashMapTimeline {

  private static final Comparator<Activity> NEWEST_FIRST =
      Comparator.comparing(TimelinePosition::of, TimelinePosition.NEWEST_FIRST);

  /** A contact and the first activities of its timeline. */
  record View(Contact contact, List<Activity> activities) {}

  private final Map<ContactId, Contact> contacts = new HashMap<>();
  private final Map<ContactId, List<Activity>> timelines = new HashMap<>();

  void add(Contact contact) {
    contacts.put(contact.id(), contact);
  }

  void add(Activity activity) {
    for (ContactId contact : activity.entry().contacts()) {
      timelines.computeIfAbsent(contact, c -> new ArrayList<>()).add(activity);
    }
  }

  /** Sorts every timeline newest first; call once, after the last activity is added. */
  void sort() {
    timelines.values().forEach(timeline -> timeline.sort(NEWEST_FIRST));
  }

  /** Returns {@code contact} and a copy of the first {@code size} activities of its timeline. */
  View view(ContactId contact, int size) {
    Contact person = contacts.get(contact);
    if (person == null) {
      throw new IllegalArgumentException("no contact " + contact);
    }
    List<Activity> timeline = timelines.getOrDefault(contact, List.of());
    return new View(person, new ArrayList<>(timeline.subList(0, Math.min(size, timeline.size()))));
  }
}
