package io.crmkit.jpa.internal.timeline;

import io.crmkit.core.RecordRef;
import io.crmkit.core.RecordType;
import io.crmkit.core.company.CompanyId;
import io.crmkit.core.contact.ContactId;
import io.crmkit.core.money.Money;
import io.crmkit.core.timeline.Activity;
import io.crmkit.core.timeline.ActivityDetails;
import io.crmkit.core.timeline.ActivityEntry;
import io.crmkit.core.timeline.ActivityId;
import io.crmkit.core.timeline.CallOutcome;
import io.crmkit.core.timeline.Direction;
import io.crmkit.jpa.internal.AggregateRow;
import io.crmkit.jpa.internal.Json;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Currency;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Copies an activity into its row and link rows, and rebuilds it from its row. */
final class ActivityMapper {

  private ActivityMapper() {}

  /** Returns the link target of a contact's timeline. */
  static String target(ContactId contact) {
    return "contact:" + contact;
  }

  /** Returns the link target of a company's timeline. */
  static String target(CompanyId company) {
    return "company:" + company;
  }

  /** Returns the link target of another record's timeline. */
  static String target(RecordRef record) {
    return "record:" + record.type().name() + ":" + record.id();
  }

  /** Writes every field of {@code activity} into {@code row}, except the version JPA keeps. */
  static void write(Activity activity, ActivityEntity row) {
    ActivityEntry entry = activity.entry();
    row.writeTimestamps(activity.revision());
    row.writeOwner(activity.owner());
    row.occurredAt = activity.occurredAt();
    row.type = activity.type();
    row.subject = entry.subject();
    row.body = entry.body();
    row.amount = null;
    row.currency = null;
    if (entry.details() instanceof ActivityDetails.Order order) {
      row.amount = order.total().amount();
      row.currency = order.total().currency().getCurrencyCode();
    }
    row.details = Json.write(document(entry));
    Set<TimelineLink> links = new HashSet<>();
    Instant at = activity.occurredAt();
    entry.contacts().forEach(c -> links.add(new TimelineLink(target(c), at)));
    entry.companies().forEach(c -> links.add(new TimelineLink(target(c), at)));
    entry.related().forEach(r -> links.add(new TimelineLink(target(r), at)));
    AggregateRow.replace(row.links, links);
  }

  /** Returns the activity stored in {@code row}. */
  static Activity read(ActivityEntity row) {
    ActivityDocument document = Json.read(row.details, ActivityDocument.class);
    ActivityEntry entry =
        new ActivityEntry(
            details(document, row),
            row.occurredAt,
            row.subject,
            row.body,
            document.contacts().stream().map(ContactId::of).collect(Collectors.toSet()),
            document.companies().stream().map(CompanyId::of).collect(Collectors.toSet()),
            document.related().stream()
                .map(r -> new RecordRef(RecordType.valueOf(r.type()), r.id()))
                .collect(Collectors.toSet()));
    return Activity.restore(
        ActivityId.of(row.id()), row.tenant(), row.revision(), row.owner(), entry);
  }

  private static ActivityDocument document(ActivityEntry entry) {
    ActivityDetails details = entry.details();
    Map<String, String> facts = Map.of();
    Map<String, String> fields = Map.of();
    String kind = details.type();
    if (details instanceof ActivityDetails.Call call) {
      facts =
          Map.of(
              "direction", call.direction().name(),
              "outcome", call.outcome().name(),
              "duration", call.duration().toString());
    } else if (details instanceof ActivityDetails.Email email) {
      kind = "email";
      facts = Map.of("direction", email.direction().name(), "messageId", email.messageId());
    } else if (details instanceof ActivityDetails.Meeting meeting) {
      facts = Map.of("endsAt", meeting.endsAt().toString(), "location", meeting.location());
    } else if (details instanceof ActivityDetails.Chat chat) {
      facts = Map.of("channel", chat.channel());
    } else if (details instanceof ActivityDetails.PageVisit visit) {
      facts = Map.of("url", visit.url().toString());
    } else if (details instanceof ActivityDetails.FormSubmission form) {
      facts = Map.of("form", form.form());
      fields = form.fields();
    } else if (details instanceof ActivityDetails.Order order) {
      // the total lives in the amount and currency columns
      facts = Map.of("reference", order.reference());
    } else if (details instanceof ActivityDetails.TicketEvent ticket) {
      facts = Map.of("event", ticket.event());
    } else if (details instanceof ActivityDetails.CampaignEngagement engagement) {
      facts = Map.of("campaign", engagement.campaign(), "engagement", engagement.engagement());
    } else if (details instanceof ActivityDetails.Other other) {
      kind = "other";
      facts = Map.of("type", other.type());
      fields = other.attributes();
    }
    return new ActivityDocument(
        kind,
        facts,
        fields,
        entry.contacts().stream().map(ContactId::value).sorted().toList(),
        entry.companies().stream().map(CompanyId::value).sorted().toList(),
        entry.related().stream()
            .map(r -> new ActivityDocument.Related(r.type().name(), r.id()))
            .sorted((a, b) -> (a.type() + a.id()).compareTo(b.type() + b.id()))
            .toList());
  }

  private static ActivityDetails details(ActivityDocument document, ActivityEntity row) {
    Map<String, String> facts = document.facts();
    return switch (document.kind()) {
      case "note" -> new ActivityDetails.Note();
      case "call" ->
          new ActivityDetails.Call(
              Direction.valueOf(facts.get("direction")),
              CallOutcome.valueOf(facts.get("outcome")),
              Duration.parse(facts.get("duration")));
      case "email" ->
          new ActivityDetails.Email(
              Direction.valueOf(facts.get("direction")), facts.get("messageId"));
      case "meeting" ->
          new ActivityDetails.Meeting(Instant.parse(facts.get("endsAt")), facts.get("location"));
      case "chat" -> new ActivityDetails.Chat(facts.get("channel"));
      case "page_visit" -> new ActivityDetails.PageVisit(URI.create(facts.get("url")));
      case "form_submission" ->
          new ActivityDetails.FormSubmission(facts.get("form"), document.fields());
      case "order" -> new ActivityDetails.Order(facts.get("reference"), total(row));
      case "ticket_event" -> new ActivityDetails.TicketEvent(facts.get("event"));
      case "campaign_engagement" ->
          new ActivityDetails.CampaignEngagement(facts.get("campaign"), facts.get("engagement"));
      case "other" -> new ActivityDetails.Other(facts.get("type"), document.fields());
      default ->
          throw new IllegalStateException(
              "activity " + row.id() + " has unknown stored kind '" + document.kind() + "'");
    };
  }

  private static Money total(ActivityEntity row) {
    BigDecimal amount = row.amount;
    String currency = row.currency;
    if (amount == null || currency == null) {
      throw new IllegalStateException("order activity " + row.id() + " has no stored total");
    }
    return Money.of(amount.stripTrailingZeros(), Currency.getInstance(currency));
  }
}
