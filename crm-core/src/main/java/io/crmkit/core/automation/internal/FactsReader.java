package io.crmkit.core.automation.internal;

import static java.util.Objects.requireNonNull;
import static java.util.stream.Collectors.toSet;

import io.crmkit.core.RecordRef;
import io.crmkit.core.Tag;
import io.crmkit.core.TenantId;
import io.crmkit.core.automation.RecordFacts;
import io.crmkit.core.customfield.CustomFieldValue;
import io.crmkit.core.customfield.CustomFields;
import io.crmkit.core.deal.Deal;
import io.crmkit.core.deal.DealId;
import io.crmkit.core.lead.Lead;
import io.crmkit.core.lead.LeadId;
import io.crmkit.core.spi.CrmStorage;
import io.crmkit.core.task.Task;
import io.crmkit.core.task.TaskId;
import io.crmkit.core.ticket.Ticket;
import io.crmkit.core.ticket.TicketId;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the {@link RecordFacts} of deals, leads and tasks from the storage, inside the running unit
 * of work, and the last change of each record.
 */
final class FactsReader {

  private final CrmStorage storage;

  FactsReader(CrmStorage storage) {
    this.storage = requireNonNull(storage, "storage");
  }

  /** Returns the facts of {@code record}, or empty if it no longer exists. */
  Optional<RecordFacts> facts(TenantId tenant, RecordRef record) {
    return switch (record.type()) {
      case DEAL ->
          storage.deals().find(tenant, DealId.parse(record.id())).map(d -> of(record, deal(d)));
      case LEAD ->
          storage.leads().find(tenant, LeadId.parse(record.id())).map(l -> of(record, lead(l)));
      case TASK ->
          storage.tasks().find(tenant, TaskId.parse(record.id())).map(t -> of(record, task(t)));
      case TICKET ->
          storage
              .tickets()
              .find(tenant, TicketId.parse(record.id()))
              .map(t -> of(record, ticket(t)));
      default -> Optional.empty();
    };
  }

  /** Returns when {@code record} last changed, if it exists. */
  Optional<Instant> lastChange(TenantId tenant, RecordRef record) {
    return switch (record.type()) {
      case DEAL ->
          storage
              .deals()
              .find(tenant, DealId.parse(record.id()))
              .map(d -> d.revision().updatedAt());
      case LEAD ->
          storage
              .leads()
              .find(tenant, LeadId.parse(record.id()))
              .map(l -> l.revision().updatedAt());
      case TASK ->
          storage
              .tasks()
              .find(tenant, TaskId.parse(record.id()))
              .map(t -> t.revision().updatedAt());
      default -> Optional.empty();
    };
  }

  private static RecordFacts of(RecordRef record, Map<String, Object> fields) {
    return new RecordFacts(Optional.of(record), fields);
  }

  private static Map<String, Object> deal(Deal deal) {
    Map<String, Object> fields = new HashMap<>();
    fields.put("name", deal.details().name());
    fields.put("pipeline", deal.pipeline().toString());
    fields.put("stage", deal.stageId().toString());
    fields.put("status", deal.isWon() ? "won" : deal.isLost() ? "lost" : "open");
    fields.put("owner", deal.owner().value());
    fields.put("source", deal.details().source());
    deal.details()
        .amountIfKnown()
        .ifPresent(
            amount -> {
              fields.put("amount", amount.amount());
              fields.put("currency", amount.currency().getCurrencyCode());
            });
    if (deal.details().expectedCloseDate() != null) {
      fields.put("close_date", deal.details().expectedCloseDate());
    }
    custom(deal.details().customFields(), fields);
    return fields;
  }

  private static Map<String, Object> lead(Lead lead) {
    Map<String, Object> fields = new HashMap<>();
    fields.put("name", lead.details().name().display());
    fields.put("status", lead.status().name().toLowerCase(Locale.ROOT));
    fields.put("owner", lead.owner().value());
    fields.put("company", lead.details().companyName());
    lead.score().ifPresent(score -> fields.put("score", score));
    custom(lead.details().customFields(), fields);
    return fields;
  }

  private static Map<String, Object> task(Task task) {
    Map<String, Object> fields = new HashMap<>();
    fields.put("title", task.details().title());
    fields.put("status", task.status().name().toLowerCase(Locale.ROOT));
    fields.put("assignee", task.assignee().value());
    fields.put("due_at", task.details().dueAt());
    return fields;
  }

  private static Map<String, Object> ticket(Ticket ticket) {
    Map<String, Object> fields = new HashMap<>();
    fields.put("subject", ticket.details().subject());
    fields.put("status", ticket.status().name().toLowerCase(Locale.ROOT));
    fields.put("priority", ticket.details().priority().name().toLowerCase(Locale.ROOT));
    fields.put("channel", ticket.details().channel().name().toLowerCase(Locale.ROOT));
    ticket.assignee().ifPresent(assignee -> fields.put("assignee", assignee.value()));
    fields.put(RecordFacts.TAGS, ticket.details().tags().stream().map(Tag::value).collect(toSet()));
    custom(ticket.details().customFields(), fields);
    return fields;
  }

  private static void custom(CustomFields values, Map<String, Object> fields) {
    values.asMap().forEach((key, value) -> fields.put("custom." + key, plain(value)));
  }

  private static Object plain(CustomFieldValue value) {
    if (value instanceof CustomFieldValue.Text text) {
      return text.value();
    } else if (value instanceof CustomFieldValue.Number number) {
      return number.value();
    } else if (value instanceof CustomFieldValue.Decimal decimal) {
      return decimal.value();
    } else if (value instanceof CustomFieldValue.Bool bool) {
      return bool.value();
    } else if (value instanceof CustomFieldValue.Date date) {
      return date.value();
    } else if (value instanceof CustomFieldValue.DateTime dateTime) {
      return dateTime.value();
    } else if (value instanceof CustomFieldValue.Choice choice) {
      return choice.value();
    } else if (value instanceof CustomFieldValue.Choices choices) {
      return choices.values();
    }
    return value.asText(); // a URL, email address or phone number, in its canonical form
  }
}
