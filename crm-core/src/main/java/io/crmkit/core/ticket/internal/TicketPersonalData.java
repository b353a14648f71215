package io.crmkit.core.ticket.internal;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.DataValue;
import io.crmkit.core.contact.ContactId;
import io.crmkit.core.customfield.CustomFields;
import io.crmkit.core.internal.Pages;
import io.crmkit.core.spi.ErasureLog;
import io.crmkit.core.spi.PersonalDataHolder;
import io.crmkit.core.spi.PersonalDataRequest;
import io.crmkit.core.spi.TicketRepository;
import io.crmkit.core.ticket.Ticket;
import io.crmkit.core.ticket.TicketDetails;
import io.crmkit.core.ticket.TicketMessage;
import io.crmkit.core.ticket.TicketSurvey;
import java.util.List;
import java.util.UUID;

/**
 * The tickets' part of a person's data: every ticket the person requested. Erasure keeps each
 * ticket for the support reports (status history, priority, SLA clocks, message times, survey
 * score) without the person: the requester becomes a nil id, the subject and every message body
 * become {@value #TOMBSTONE}, the description, custom fields and survey comment are emptied.
 */
public final class TicketPersonalData implements PersonalDataHolder {

  /** What replaces an erased subject or message body. */
  static final String TOMBSTONE = "Erased";

  /** The requester of a ticket whose requester was erased: no contact has this id. */
  static final ContactId ERASED_REQUESTER = ContactId.of(new UUID(0, 0));

  private final TicketRepository tickets;

  /**
   * @param tickets the storage's tickets
   */
  public TicketPersonalData(TicketRepository tickets) {
    this.tickets = requireNonNull(tickets, "tickets");
  }

  @Override
  public String name() {
    return "tickets";
  }

  @Override
  public DataValue describe(PersonalDataRequest request) {
    return DataValue.of(tickets(request).stream().map(TicketPersonalData::describe).toList());
  }

  @Override
  public void erase(PersonalDataRequest request, ErasureLog log) {
    for (Ticket ticket : tickets(request)) {
      Ticket erased = erased(ticket, request);
      if (!erased.details().equals(ticket.details())
          || !erased.conversation().equals(ticket.conversation())
          || !erased.survey().equals(ticket.survey())) {
        tickets.update(erased, ticket.version());
        log.anonymised("ticket", ticket.id().toString());
      }
    }
  }

  private List<Ticket> tickets(PersonalDataRequest request) {
    return Pages.all(page -> tickets.requestedBy(request.tenant(), request.contact(), page));
  }

  private static Ticket erased(Ticket ticket, PersonalDataRequest request) {
    TicketDetails details =
        ticket.details().toBuilder()
            .subject(TOMBSTONE)
            .description("")
            .requester(ERASED_REQUESTER)
            .customFields(CustomFields.empty())
            .build();
    List<TicketMessage> conversation =
        ticket.conversation().stream()
            .map(
                message ->
                    new TicketMessage(
                        message.number(),
                        message.kind(),
                        message.direction(),
                        TOMBSTONE,
                        message.author(),
                        message.at(),
                        message.activity()))
            .toList();
    TicketSurvey survey =
        ticket
            .survey()
            .map(
                asked ->
                    new TicketSurvey(
                        asked.tokenDigest(),
                        asked.sentAt(),
                        asked.expiresAt(),
                        asked.score(),
                        "",
                        asked.answeredAt(),
                        asked.activity()))
            .orElse(null);
    return Ticket.restore(
        ticket.id(),
        ticket.tenant(),
        ticket.revision().next(request.at()),
        details,
        ticket.creator(),
        ticket.assignee().orElse(null),
        ticket.team().orElse(null),
        ticket.status(),
        ticket.history(),
        conversation,
        ticket.sla().orElse(null),
        survey);
  }

  private static DataValue describe(Ticket ticket) {
    TicketDetails details = ticket.details();
    return DataValue.fields()
        .put("id", ticket.id())
        .put("subject", details.subject())
        .put("description", details.description())
        .put("channel", details.channel())
        .put("priority", details.priority())
        .put("status", ticket.status())
        .put("customFields", details.customFields())
        .put("createdAt", ticket.revision().createdAt())
        .put(
            "conversation",
            ticket.conversation().stream()
                .map(
                    message ->
                        DataValue.fields()
                            .put("kind", message.kind())
                            .put("direction", message.direction())
                            .put("at", message.at())
                            .put("body", message.body())
                            .build())
                .toList())
        .put(
            "survey",
            ticket
                .survey()
                .map(
                    survey ->
                        DataValue.fields()
                            .put("score", survey.score())
                            .put("comment", survey.comment())
                            .build()))
        .build();
  }
}
