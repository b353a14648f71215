package io.crmkit.core.ticket;

import io.crmkit.core.DomainEvent;
import io.crmkit.core.TeamId;
import io.crmkit.core.TenantId;
import io.crmkit.core.UserId;
import io.crmkit.core.contact.ContactId;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Something that happened to a ticket.
 *
 * @since 0.1
 */
public sealed interface TicketEvent extends DomainEvent {

  /** Returns the ticket. */
  TicketId ticketId();

  @Override
  default String aggregateId() {
    return ticketId().toString();
  }

  /** A ticket was opened for {@code requester}. */
  record TicketOpened(
      TenantId tenant,
      TicketId ticketId,
      ContactId requester,
      TicketPriority priority,
      TicketChannel channel,
      Instant occurredAt,
      UserId by)
      implements TicketEvent {}

  /** A ticket's details were changed. */
  record TicketUpdated(TenantId tenant, TicketId ticketId, Instant occurredAt, UserId by)
      implements TicketEvent {}

  /** A ticket's priority was changed, by hand or by an escalation. */
  record TicketPriorityChanged(
      TenantId tenant,
      TicketId ticketId,
      TicketPriority from,
      TicketPriority to,
      Instant occurredAt,
      UserId by)
      implements TicketEvent {}

  /** A ticket was given to another assignee or team; null where nobody or no team has it. */
  record TicketAssigned(
      TenantId tenant,
      TicketId ticketId,
      @Nullable UserId assignee,
      @Nullable TeamId team,
      Instant occurredAt,
      UserId by)
      implements TicketEvent {}

  /** A ticket moved from one status to another. */
  record TicketStatusChanged(
      TenantId tenant,
      TicketId ticketId,
      TicketStatus from,
      TicketStatus to,
      TicketAction action,
      Instant occurredAt,
      UserId by)
      implements TicketEvent {}

  /** A reply or note was added to a ticket's conversation. */
  record TicketMessageAdded(
      TenantId tenant,
      TicketId ticketId,
      int number,
      TicketMessage.Kind kind,
      io.crmkit.core.timeline.Direction direction,
      Instant occurredAt,
      UserId by)
      implements TicketEvent {}

  /** An SLA policy started to apply to a ticket (on opening, or when its fields changed). */
  record SlaApplied(TenantId tenant, TicketId ticketId, String policy, Instant occurredAt)
      implements TicketEvent {}

  /** A configured share of an SLA target elapsed. */
  record SlaWarning(
      TenantId tenant, TicketId ticketId, SlaMetric metric, Instant dueAt, Instant occurredAt)
      implements TicketEvent {}

  /** An SLA target passed before its clock stopped. */
  record SlaBreached(
      TenantId tenant, TicketId ticketId, SlaMetric metric, Instant dueAt, Instant occurredAt)
      implements TicketEvent {}

  /**
   * An SLA clock stopped (a reply or the solution came): in time if {@code met}.
   *
   * @param elapsed the counted time, in business or calendar time as the policy says
   */
  record SlaFulfilled(
      TenantId tenant,
      TicketId ticketId,
      SlaMetric metric,
      boolean met,
      java.time.Duration elapsed,
      Instant occurredAt)
      implements TicketEvent {}

  /** A satisfaction survey was sent for a solved ticket. */
  record TicketSurveySent(
      TenantId tenant, TicketId ticketId, Instant expiresAt, Instant occurredAt, UserId by)
      implements TicketEvent {}

  /** The customer answered a ticket's satisfaction survey with {@code score} from 1 to 5. */
  record TicketSurveyAnswered(
      TenantId tenant, TicketId ticketId, int score, Instant occurredAt, UserId by)
      implements TicketEvent {}

  /** A ticket was deleted. */
  record TicketDeleted(TenantId tenant, TicketId ticketId, Instant occurredAt, UserId by)
      implements TicketEvent {}
}
