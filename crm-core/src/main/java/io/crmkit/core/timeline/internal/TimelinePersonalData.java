package io.crmkit.core.timeline.internal;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.DataValue;
import io.crmkit.core.RecordRef;
import io.crmkit.core.RecordType;
import io.crmkit.core.contact.ContactId;
import io.crmkit.core.internal.Pages;
import io.crmkit.core.spi.ActivityRepository;
import io.crmkit.core.spi.ErasureLog;
import io.crmkit.core.spi.PersonalDataHolder;
import io.crmkit.core.spi.PersonalDataRequest;
import io.crmkit.core.timeline.Activity;
import io.crmkit.core.timeline.ActivityDetails;
import io.crmkit.core.timeline.ActivityEntry;
import java.net.URI;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The timeline's part of a person's data: every activity that concerns the person, with its texts,
 * details and participants.
 *
 * <p>Erasure deletes an activity that concerns no other record. One that also concerns other
 * contacts, companies or records stays for them, without the person and with its personal text
 * gone: subject and body empty, a meeting's location empty, a form's fields and other attributes
 * removed, a page visit cut to its site, an email's message id replaced by {@code erased}. A call's
 * direction, outcome and duration and an order's reference and total stay, as reports count them.
 */
public final class TimelinePersonalData implements PersonalDataHolder {

  private static final String ERASED = "erased";

  private final ActivityRepository activities;

  /**
   * @param activities the storage's activities
   */
  public TimelinePersonalData(ActivityRepository activities) {
    this.activities = requireNonNull(activities, "activities");
  }

  @Override
  public String name() {
    return "timeline";
  }

  @Override
  public DataValue describe(PersonalDataRequest request) {
    return DataValue.of(timeline(request).stream().map(TimelinePersonalData::describe).toList());
  }

  @Override
  public void erase(PersonalDataRequest request, ErasureLog log) {
    ContactId person = request.contact();
    RecordRef personRef = RecordRef.of(RecordType.CONTACT, person);
    for (Activity activity : timeline(request)) {
      ActivityEntry entry = activity.entry();
      Set<ContactId> contacts = new HashSet<>(entry.contacts());
      contacts.remove(person);
      Set<RecordRef> related = new HashSet<>(entry.related());
      related.remove(personRef);
      if (contacts.isEmpty() && entry.companies().isEmpty() && related.isEmpty()) {
        activities.delete(activity.tenant(), activity.id(), activity.version());
        log.deleted("activity", activity.id().toString());
      } else {
        ActivityEntry rest =
            new ActivityEntry(
                anonymised(entry.details()),
                activity.occurredAt(),
                "",
                "",
                contacts,
                entry.companies(),
                related);
        activities.update(
            activity.update(rest, request.at(), request.by()).state(), activity.version());
        log.anonymised("activity", activity.id().toString());
      }
    }
  }

  private List<Activity> timeline(PersonalDataRequest request) {
    return Pages.all(page -> activities.forContact(request.tenant(), request.contact(), page));
  }

  private static DataValue describe(Activity activity) {
    ActivityEntry entry = activity.entry();
    return DataValue.fields()
        .put("id", activity.id())
        .put("type", activity.type())
        .put("occurredAt", activity.occurredAt())
        .put("loggedBy", activity.owner())
        .put("subject", entry.subject())
        .put("body", entry.body())
        .put("details", entry.details())
        .put("contacts", entry.contacts().stream().map(ContactId::toString).sorted().toList())
        .put("companies", entry.companies().stream().map(Object::toString).sorted().toList())
        .put("related", entry.related().stream().map(RecordRef::toString).sorted().toList())
        .build();
  }

  private static ActivityDetails anonymised(ActivityDetails details) {
    if (details instanceof ActivityDetails.Meeting meeting) {
      return new ActivityDetails.Meeting(meeting.endsAt(), "");
    }
    if (details instanceof ActivityDetails.FormSubmission form) {
      return new ActivityDetails.FormSubmission(form.form(), Map.of());
    }
    if (details instanceof ActivityDetails.PageVisit visit) {
      return new ActivityDetails.PageVisit(site(visit.url()));
    }
    if (details instanceof ActivityDetails.Other other) {
      return new ActivityDetails.Other(other.type(), Map.of());
    }
    if (details instanceof ActivityDetails.Email email) {
      return new ActivityDetails.Email(email.direction(), ERASED);
    }
    return details;
  }

  private static URI site(URI url) {
    // the host only: a path, a query or user information may name the person
    if (url.getScheme() != null && url.getHost() != null) {
      String port = url.getPort() < 0 ? "" : ":" + url.getPort();
      return URI.create(url.getScheme() + "://" + url.getHost() + port + "/");
    }
    return URI.create("about:blank");
  }
}
