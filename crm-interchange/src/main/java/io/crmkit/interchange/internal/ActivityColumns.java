package io.crmkit.interchange.internal;

import io.crmkit.core.Crm;
import io.crmkit.core.company.Company;
import io.crmkit.core.company.CompanyId;
import io.crmkit.core.company.CompanyQuery;
import io.crmkit.core.contact.Contact;
import io.crmkit.core.contact.ContactId;
import io.crmkit.core.contact.ContactQuery;
import io.crmkit.core.timeline.Activity;
import io.crmkit.core.timeline.ActivityDetails;
import io.crmkit.core.timeline.ActivityEntry;
import io.crmkit.core.timeline.CallOutcome;
import io.crmkit.core.timeline.Direction;
import io.crmkit.interchange.RecordKind;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Activities of the timeline as CSV, always created: notes, calls, emails and meetings, about
 * contacts named by their primary email and companies named by their web domain. Each activity is
 * exported once, with the first of its contacts (or, without contacts, of its companies); other
 * kinds of activity and links to other records are not exported.
 */
final class ActivityColumns extends Columns {

  private static final List<String> FIXED =
      List.of(
          "type",
          "occurred_at",
          "subject",
          "body",
          "contacts",
          "companies",
          "direction",
          "outcome",
          "duration",
          "message_id",
          "ends_at",
          "location");

  private static final List<String> TYPES = List.of("note", "call", "email", "meeting");

  ActivityColumns(Crm crm) {
    super(crm);
  }

  @Override
  RecordKind kind() {
    return RecordKind.ACTIVITIES;
  }

  @Override
  List<String> fixed() {
    return FIXED;
  }

  @Override
  io.crmkit.core.@Nullable RecordType customFieldType() {
    return null;
  }

  @Override
  void export(Consumer<Map<String, String>> out) {
    forEachPage(
        request -> crm.contacts().search(ContactQuery.all().includingArchived(), request),
        page -> {
          List<ContactId> ids = page.items().stream().map(Contact::id).toList();
          Map<ContactId, List<Activity>> timelines = crm.timeline().forContacts(ids);
          for (ContactId contact : ids) {
            for (Activity activity : timelines.getOrDefault(contact, List.of())) {
              if (Collections.min(activity.entry().contacts()).equals(contact)) {
                emit(activity, out);
              }
            }
          }
        });
    forEachPage(
        request -> crm.companies().search(CompanyQuery.all().includingArchived(), request),
        page -> {
          for (Company company : page.items()) {
            forEachPage(
                timeline -> crm.timeline().forCompany(company.id(), timeline),
                activities -> {
                  for (Activity activity : activities.items()) {
                    ActivityEntry entry = activity.entry();
                    if (entry.contacts().isEmpty()
                        && Collections.min(entry.companies()).equals(company.id())) {
                      emit(activity, out);
                    }
                  }
                });
          }
        });
  }

  private void emit(Activity activity, Consumer<Map<String, String>> out) {
    ActivityEntry entry = activity.entry();
    Map<String, String> cells = new LinkedHashMap<>();
    ActivityDetails details = entry.details();
    if (details instanceof ActivityDetails.Note) {
      cells.put("type", "note");
    } else if (details instanceof ActivityDetails.Call call) {
      cells.put("type", "call");
      cells.put("direction", enumCell(call.direction()));
      cells.put("outcome", enumCell(call.outcome()));
      cells.put("duration", call.duration().toString());
    } else if (details instanceof ActivityDetails.Email email) {
      cells.put("type", "email");
      cells.put("direction", enumCell(email.direction()));
      cells.put("message_id", email.messageId());
    } else if (details instanceof ActivityDetails.Meeting meeting) {
      cells.put("type", "meeting");
      cells.put("ends_at", meeting.endsAt().toString());
      cells.put("location", meeting.location());
    } else {
      return;
    }
    cells.put("occurred_at", activity.occurredAt().toString());
    cells.put("subject", entry.subject());
    cells.put("body", entry.body());
    Set<ContactId> contacts = new HashSet<>(entry.contacts());
    cells.put("contacts", Lists.join(emails(contacts).values().stream().sorted().toList()));
    cells.put(
        "companies",
        Lists.join(domains(Set.copyOf(entry.companies())).values().stream().sorted().toList()));
    out.accept(cells);
  }

  @Override
  int[] importBatch(List<Row> rows, Settings settings) {
    Lookups lookups = new Lookups();
    List<ActivityEntry> entries = new ArrayList<>();
    for (Row row : rows) {
      ActivityDetails details = details(row);
      Instant occurredAt =
          row.value("occurred_at")
              .map(text -> row.attempt("occurred_at", text, () -> Instant.parse(text.strip())))
              .orElse(null);
      if (details == null) {
        continue;
      }
      ActivityEntry entry = ActivityEntry.of(details);
      if (occurredAt != null) {
        entry = entry.at(occurredAt);
      }
      String subject = row.text("subject");
      String body = row.text("body");
      ActivityEntry started = entry;
      ActivityEntry built = row.attempt("subject", subject, () -> started.subject(subject));
      if (built == null) {
        continue;
      }
      ActivityEntry withSubject = built;
      built = row.attempt("body", body, () -> withSubject.body(body));
      if (built == null) {
        continue;
      }
      for (String email : row.value("contacts").map(Lists::split).orElse(List.of())) {
        ContactId contact = lookups.contact(row, "contacts", email);
        if (contact != null) {
          built = built.about(contact);
        }
      }
      for (String domain : row.value("companies").map(Lists::split).orElse(List.of())) {
        CompanyId company = lookups.company(row, "companies", domain);
        if (company != null) {
          built = built.about(company);
        }
      }
      if (row.valid() && !built.concernsAnything()) {
        row.error("contacts", null, "an activity must concern a contact or a company");
      }
      if (row.valid()) {
        entries.add(built);
      }
    }
    crm.timeline().logAll(entries);
    return new int[] {entries.size(), 0};
  }

  private static @Nullable ActivityDetails details(Row row) {
    String type = row.value("type").map(String::strip).orElse("");
    switch (type) {
      case "note":
        return new ActivityDetails.Note();
      case "call":
        {
          Direction direction = enumValue(row, "direction", Direction.class, Direction.OUTBOUND);
          CallOutcome outcome = enumValue(row, "outcome", CallOutcome.class, CallOutcome.CONNECTED);
          Duration duration =
              row.value("duration")
                  .map(text -> row.attempt("duration", text, () -> Duration.parse(text.strip())))
                  .orElse(Duration.ZERO);
          if (direction == null || outcome == null || duration == null) {
            return null;
          }
          return row.attempt(
              "duration",
              duration.toString(),
              () -> new ActivityDetails.Call(direction, outcome, duration));
        }
      case "email":
        {
          Direction direction = enumValue(row, "direction", Direction.class, Direction.OUTBOUND);
          String messageId = row.value("message_id").map(String::strip).orElse("");
          if (direction == null) {
            return null;
          }
          return row.attempt(
              "message_id", messageId, () -> new ActivityDetails.Email(direction, messageId));
        }
      case "meeting":
        {
          String location = row.text("location");
          Instant endsAt =
              row.value("ends_at")
                  .map(text -> row.attempt("ends_at", text, () -> Instant.parse(text.strip())))
                  .orElse(null);
          if (endsAt == null) {
            if (row.value("ends_at").isEmpty()) {
              row.error("ends_at", null, "is required for a meeting");
            }
            return null;
          }
          return row.attempt(
              "location", location, () -> new ActivityDetails.Meeting(endsAt, location));
        }
      default:
        row.error("type", type, "must be one of " + TYPES);
        return null;
    }
  }
}
