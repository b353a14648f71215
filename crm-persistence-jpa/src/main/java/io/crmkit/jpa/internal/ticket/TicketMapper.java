package io.crmkit.jpa.internal.ticket;

import io.crmkit.core.Tag;
import io.crmkit.core.TeamId;
import io.crmkit.core.UserId;
import io.crmkit.core.company.CompanyId;
import io.crmkit.core.contact.ContactId;
import io.crmkit.core.ticket.Ticket;
import io.crmkit.core.ticket.TicketDetails;
import io.crmkit.jpa.internal.CustomFieldsDocument;
import io.crmkit.jpa.internal.Json;
import io.crmkit.jpa.internal.StoredInstants;
import io.crmkit.jpa.internal.ticket.TicketDocuments.Details;
import io.crmkit.jpa.internal.ticket.TicketDocuments.Link;
import io.crmkit.jpa.internal.ticket.TicketDocuments.Message;
import io.crmkit.jpa.internal.ticket.TicketDocuments.Sla;
import io.crmkit.jpa.internal.ticket.TicketDocuments.StatusChange;
import io.crmkit.jpa.internal.ticket.TicketDocuments.Survey;
import java.util.Arrays;
import java.util.stream.Collectors;

/** Copies a ticket into its row, and rebuilds it from its row. */
final class TicketMapper {

  private TicketMapper() {}

  /** Writes every field of {@code ticket} into {@code row}, except the version JPA keeps. */
  static void write(Ticket ticket, TicketEntity row) {
    TicketDetails details = ticket.details();
    row.writeTimestamps(ticket.revision());
    row.writeOwner(ticket.owner());
    row.status = ticket.status();
    row.unsolved = ticket.isUnsolved();
    row.priority = details.priority();
    row.channel = details.channel();
    row.requester = details.requester().value();
    row.company = details.companyId().map(CompanyId::value).orElse(null);
    row.creator = ticket.creator().value();
    row.assignee = ticket.assignee().map(UserId::value).orElse(null);
    row.team = ticket.team().map(TeamId::value).orElse(null);
    row.queueDueAt = StoredInstants.bounded(ticket.dueAt().orElse(StoredInstants.LATEST));
    row.slaCheckAt =
        ticket.isUnsolved() ? ticket.slaCheckAt().map(StoredInstants::bounded).orElse(null) : null;
    row.subject = details.subject();
    row.type = details.type();
    row.details =
        Json.write(
            new Details(
                details.description(),
                details.tags().stream().map(Tag::value).sorted().toList(),
                details.links().stream().map(Link::from).toList()));
    row.history = Json.write(ticket.history().stream().map(StatusChange::from).toList());
    row.conversation = Json.write(ticket.conversation().stream().map(Message::from).toList());
    row.sla = ticket.sla().map(s -> Json.write(Sla.from(s))).orElse(null);
    row.survey = ticket.survey().map(v -> Json.write(Survey.from(v))).orElse(null);
    row.surveyAnsweredAt = ticket.survey().map(v -> v.answeredAt()).orElse(null);
    row.customFields = CustomFieldsDocument.write(details.customFields());
  }

  /** Returns the ticket stored in {@code row}. */
  static Ticket read(TicketEntity row) {
    Details document = Json.read(row.details, Details.class);
    TicketDetails details =
        new TicketDetails(
            row.subject,
            document.description(),
            ContactId.of(row.requester),
            row.company == null ? null : CompanyId.of(row.company),
            row.channel,
            row.priority,
            row.type,
            document.tags().stream().map(Tag::new).collect(Collectors.toSet()),
            CustomFieldsDocument.read(row.customFields),
            document.links().stream().map(Link::toRef).collect(Collectors.toSet()));
    return Ticket.restore(
        io.crmkit.core.ticket.TicketId.of(row.id()),
        row.tenant(),
        row.revision(),
        details,
        UserId.of(row.creator),
        row.assignee == null ? null : UserId.of(row.assignee),
        row.team == null ? null : TeamId.of(row.team),
        row.status,
        Arrays.stream(Json.read(row.history, StatusChange[].class))
            .map(StatusChange::toRecord)
            .toList(),
        Arrays.stream(Json.read(row.conversation, Message[].class))
            .map(Message::toMessage)
            .toList(),
        row.sla == null ? null : Json.read(row.sla, Sla.class).toSla(),
        row.survey == null ? null : Json.read(row.survey, Survey.class).toSurvey());
  }
}
