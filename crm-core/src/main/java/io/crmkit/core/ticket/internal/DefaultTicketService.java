package io.crmkit.core.ticket.internal;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.Changed;
import io.crmkit.core.Page;
import io.crmkit.core.PageRequest;
import io.crmkit.core.RecordRef;
import io.crmkit.core.RecordType;
import io.crmkit.core.TeamId;
import io.crmkit.core.UserId;
import io.crmkit.core.contact.ContactId;
import io.crmkit.core.customfield.CustomFieldService;
import io.crmkit.core.internal.CrmContext;
import io.crmkit.core.internal.LinkedRecords;
import io.crmkit.core.internal.RecordCommands;
import io.crmkit.core.spi.TicketRepository;
import io.crmkit.core.ticket.Ticket;
import io.crmkit.core.ticket.TicketAction;
import io.crmkit.core.ticket.TicketDetails;
import io.crmkit.core.ticket.TicketEvent.TicketDeleted;
import io.crmkit.core.ticket.TicketId;
import io.crmkit.core.ticket.TicketMessage;
import io.crmkit.core.ticket.TicketPriority;
import io.crmkit.core.ticket.TicketQuery;
import io.crmkit.core.ticket.TicketService;
import io.crmkit.core.timeline.Activity;
import io.crmkit.core.timeline.ActivityDetails;
import io.crmkit.core.timeline.ActivityEntry;
import io.crmkit.core.timeline.Direction;
import io.crmkit.core.timeline.TimelineService;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * The {@link TicketService} of an opened CRM, over its storage and context; built by {@code Crm}
 * only.
 */
public final class DefaultTicketService implements TicketService {

  private final CrmContext context;
  private final Supplier<TicketRepository> repository;
  private final CustomFieldService customFields;
  private final TimelineService timeline;
  private final LinkedRecords linked;
  private final RecordCommands<TicketId, Ticket> records;
  private final UnaryOperator<Ticket> clock;

  /**
   * @param context the opened CRM's context
   * @param repository where tickets are kept, asked for on first use (a storage may keep none)
   * @param customFields the tenant's custom field definitions
   * @param timeline where each message of a conversation is also logged
   * @param linked the check of the records a ticket links to
   * @param clock brings a changed ticket's SLA due instant up to date before it is stored
   */
  public DefaultTicketService(
      CrmContext context,
      Supplier<TicketRepository> repository,
      CustomFieldService customFields,
      TimelineService timeline,
      LinkedRecords linked,
      UnaryOperator<Ticket> clock) {
    this.context = requireNonNull(context, "context");
    this.repository = requireNonNull(repository, "repository");
    this.customFields = requireNonNull(customFields, "customFields");
    this.timeline = requireNonNull(timeline, "timeline");
    this.linked = requireNonNull(linked, "linked");
    this.clock = requireNonNull(clock, "clock");
    this.records =
        new RecordCommands<>(
            context,
            RecordType.TICKET,
            (tenant, id) -> repository.get().find(tenant, id),
            (ticket, version) -> repository.get().update(ticket, version),
            Ticket::owner);
  }

  @Override
  public Ticket open(TicketDetails details) {
    requireNonNull(details, "details");
    customFields.validate(RecordType.TICKET, details.customFields());
    TicketId id = TicketId.of(context.ids().next());
    return records.create(
        id,
        context.actor(),
        now -> {
          links(details).require();
          Changed<Ticket> opened = Ticket.open(id, context.tenant(), details, now, context.actor());
          return new Changed<>(clock.apply(opened.state()), opened.events());
        },
        ticket -> repository.get().insert(ticket));
  }

  @Override
  public Ticket update(TicketId id, long expectedVersion, TicketDetails details) {
    requireNonNull(details, "details");
    customFields.validate(RecordType.TICKET, details.customFields());
    return change(
        id,
        expectedVersion,
        (ticket, now) -> {
          links(details).without(links(ticket.details())).require();
          return ticket.update(details, now, context.actor());
        });
  }

  @Override
  public Ticket prioritize(TicketId id, long expectedVersion, TicketPriority priority) {
    requireNonNull(priority, "priority");
    return change(
        id, expectedVersion, (ticket, now) -> ticket.prioritize(priority, now, context.actor()));
  }

  @Override
  public Ticket assign(
      TicketId id, long expectedVersion, @Nullable UserId assignee, @Nullable TeamId team) {
    return change(
        id, expectedVersion, (ticket, now) -> ticket.assign(assignee, team, now, context.actor()));
  }

  @Override
  public Ticket move(TicketId id, long expectedVersion, TicketAction action) {
    requireNonNull(action, "action");
    return change(
        id,
        expectedVersion,
        (ticket, now) -> ticket.move(action, now, context.actor(), REOPEN_WINDOW));
  }

  @Override
  public Ticket reply(TicketId id, long expectedVersion, String body) {
    return message(id, expectedVersion, TicketMessage.Kind.PUBLIC_REPLY, Direction.OUTBOUND, body);
  }

  @Override
  public Ticket receive(TicketId id, long expectedVersion, String body) {
    return message(id, expectedVersion, TicketMessage.Kind.PUBLIC_REPLY, Direction.INBOUND, body);
  }

  @Override
  public Ticket note(TicketId id, long expectedVersion, String body) {
    return message(id, expectedVersion, TicketMessage.Kind.INTERNAL_NOTE, Direction.OUTBOUND, body);
  }

  private Ticket message(
      TicketId id,
      long expectedVersion,
      TicketMessage.Kind kind,
      Direction direction,
      String body) {
    requireNonNull(body, "body");
    TicketMessage.checkBody(body);
    return change(
        id,
        expectedVersion,
        (ticket, now) -> {
          // the message is also on the requester's timeline, in the same unit of work
          Activity activity =
              timeline.log(
                  ActivityEntry.of(new ActivityDetails.TicketEvent(eventName(kind, direction)))
                      .at(now)
                      .subject(ticket.details().subject())
                      .body(body)
                      .about(ticket.details().requester())
                      .regarding(RecordRef.of(RecordType.TICKET, ticket.id())));
          return ticket.addMessage(kind, direction, body, activity.id(), now, context.actor());
        });
  }

  private static String eventName(TicketMessage.Kind kind, Direction direction) {
    return kind == TicketMessage.Kind.INTERNAL_NOTE
        ? "internal_note"
        : "reply_" + direction.name().toLowerCase(Locale.ROOT);
  }

  private Ticket change(
      TicketId id,
      long expectedVersion,
      java.util.function.BiFunction<Ticket, Instant, Changed<Ticket>> command) {
    return records.change(
        id,
        expectedVersion,
        (ticket, now) -> {
          Changed<Ticket> changed = command.apply(ticket, now);
          if (changed.state() == ticket) {
            return changed;
          }
          return new Changed<>(clock.apply(changed.state()), changed.events());
        });
  }

  private LinkedRecords.Links links(TicketDetails details) {
    return linked
        .links()
        .contact(details.requester())
        .company(details.company())
        .records(details.links());
  }

  @Override
  public void delete(TicketId id, long expectedVersion) {
    records.delete(
        id,
        expectedVersion,
        (tenant, ticket, version) -> repository.get().delete(tenant, ticket, version),
        (deleted, now) -> new TicketDeleted(context.tenant(), deleted, now, context.actor()));
  }

  @Override
  public Ticket get(TicketId id) {
    return records.get(id);
  }

  @Override
  public Optional<Ticket> find(TicketId id) {
    return records.find(id);
  }

  @Override
  public Page<Ticket> teamQueue(TeamId team, PageRequest page) {
    return records.readable(repository.get().teamQueue(context.tenant(), team, page));
  }

  @Override
  public Page<Ticket> assignedTo(UserId assignee, PageRequest page) {
    return records.readable(repository.get().assignedTo(context.tenant(), assignee, page));
  }

  @Override
  public Page<Ticket> requestedBy(ContactId requester, PageRequest page) {
    return records.readable(repository.get().requestedBy(context.tenant(), requester, page));
  }

  @Override
  public Page<Ticket> search(TicketQuery query, PageRequest page) {
    return records.readable(repository.get().search(context.tenant(), query, page));
  }
}
