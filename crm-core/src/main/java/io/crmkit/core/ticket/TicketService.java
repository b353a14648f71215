package io.crmkit.core.ticket;

import io.crmkit.core.Page;
import io.crmkit.core.PageRequest;
import io.crmkit.core.TeamId;
import io.crmkit.core.UserId;
import io.crmkit.core.contact.ContactId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Opens and works support tickets: assignment to a user and a team, the status lifecycle, the
 * conversation with the customer, and the queues and searches the support team works from.
 *
 * <pre>{@code
 * Ticket ticket = crm.tickets().open(
 *     TicketDetails.builder().subject("Cannot log in").requester(ana.id()).build());
 * ticket = crm.tickets().assign(ticket, crm.actor(), TeamId.of("support"));
 * ticket = crm.tickets().reply(ticket, "Could you send a screenshot?");
 * ticket = crm.tickets().move(ticket, TicketAction.PEND);
 * ticket = crm.tickets().receive(ticket, "Here it is."); // opens the pending ticket again
 * }</pre>
 *
 * <p>SLA policies ({@link #defineSlaPolicies}) hold tickets to response and resolution targets:
 * each command keeps the ticket's clocks current, and {@link #runSlaDueWork()} raises the warnings
 * and breaches and runs the escalations.
 *
 * <p>Every message of the conversation is also an activity on the requester's timeline, regarding
 * the ticket, written in the same unit of work.
 *
 * <p>Every command on a ticket takes either its id and the version it was read at, or the ticket as
 * read; a stale version fails with {@link io.crmkit.core.ConcurrentUpdateException}.
 *
 * <p>Linked records: the requester, the company and every linked record (a deal, a task, ...) must
 * exist in the acting tenant and be readable by the actor, or {@code open} and {@code update} fail
 * with {@link io.crmkit.core.NotFoundException} naming the kind and the id ({@link
 * io.crmkit.core.AccessDeniedException} for an unreadable one) and write nothing. An update checks
 * the records it adds. Custom fields are checked against the tenant's ticket definitions.
 *
 * <p>Reached through {@link io.crmkit.core.Crm#tickets()}.
 *
 * @since 0.1
 */
public interface TicketService {

  /** How long after it was solved a ticket may be reopened. */
  Duration REOPEN_WINDOW = Duration.ofDays(7);

  /** Opens a ticket, unassigned, in status {@code NEW}. */
  Ticket open(TicketDetails details);

  /** Replaces the details of ticket {@code id}; the requester cannot change. */
  Ticket update(TicketId id, long expectedVersion, TicketDetails details);

  /** As {@link #update(TicketId, long, TicketDetails)}, for {@code ticket} as read. */
  default Ticket update(Ticket ticket, TicketDetails details) {
    return update(ticket.id(), ticket.version(), details);
  }

  /** Sets the priority of ticket {@code id}. */
  Ticket prioritize(TicketId id, long expectedVersion, TicketPriority priority);

  /** Gives ticket {@code id} to {@code assignee} in {@code team}; null for nobody, no team. */
  Ticket assign(
      TicketId id, long expectedVersion, @Nullable UserId assignee, @Nullable TeamId team);

  /** As {@link #assign(TicketId, long, UserId, TeamId)}, for {@code ticket} as read. */
  default Ticket assign(Ticket ticket, @Nullable UserId assignee, @Nullable TeamId team) {
    return assign(ticket.id(), ticket.version(), assignee, team);
  }

  /**
   * Moves ticket {@code id} by {@code action}.
   *
   * @throws io.crmkit.core.statemachine.IllegalTransitionException if its status does not accept
   *     the action
   * @throws io.crmkit.core.statemachine.TransitionRefusedException if a reopen comes later than
   *     {@link #REOPEN_WINDOW} after solving
   */
  Ticket move(TicketId id, long expectedVersion, TicketAction action);

  /** As {@link #move(TicketId, long, TicketAction)}, for {@code ticket} as read. */
  default Ticket move(Ticket ticket, TicketAction action) {
    return move(ticket.id(), ticket.version(), action);
  }

  /**
   * Adds a public reply from the acting user to the customer; the first one opens a new ticket.
   *
   * @param body what was written, 1 to 50,000 characters, not blank
   */
  Ticket reply(TicketId id, long expectedVersion, String body);

  /** As {@link #reply(TicketId, long, String)}, for {@code ticket} as read. */
  default Ticket reply(Ticket ticket, String body) {
    return reply(ticket.id(), ticket.version(), body);
  }

  /**
   * Adds a public reply from the customer, recorded by the acting user (a mail or chat sync, for
   * example); a pending ticket opens again.
   *
   * @param body what was written, 1 to 50,000 characters, not blank
   */
  Ticket receive(TicketId id, long expectedVersion, String body);

  /** As {@link #receive(TicketId, long, String)}, for {@code ticket} as read. */
  default Ticket receive(Ticket ticket, String body) {
    return receive(ticket.id(), ticket.version(), body);
  }

  /**
   * Adds an internal note that the customer does not see.
   *
   * @param body what was written, 1 to 50,000 characters, not blank
   */
  Ticket note(TicketId id, long expectedVersion, String body);

  /** As {@link #note(TicketId, long, String)}, for {@code ticket} as read. */
  default Ticket note(Ticket ticket, String body) {
    return note(ticket.id(), ticket.version(), body);
  }

  /** Deletes version {@code expectedVersion} of ticket {@code id}. */
  void delete(TicketId id, long expectedVersion);

  /** Returns ticket {@code id}, or throws {@link io.crmkit.core.NotFoundException}. */
  Ticket get(TicketId id);

  /** Returns ticket {@code id} if it exists. */
  Optional<Ticket> find(TicketId id);

  /** Returns a page of {@code team}'s queue: its unsolved tickets, earliest SLA due first. */
  Page<Ticket> teamQueue(TeamId team, PageRequest page);

  /** Returns a page of the unsolved tickets {@code assignee} works, earliest SLA due first. */
  Page<Ticket> assignedTo(UserId assignee, PageRequest page);

  /** Returns a page of the tickets {@code requester} asked, oldest first. */
  Page<Ticket> requestedBy(ContactId requester, PageRequest page);

  /** Returns a page of the tickets that match {@code query}, oldest first. */
  Page<Ticket> search(TicketQuery query, PageRequest page);

  /** How long a satisfaction survey can be answered after it was sent. */
  Duration SURVEY_VALIDITY = Duration.ofDays(14);

  /**
   * Sends a satisfaction survey for solved ticket {@code id}: returns the single-use token the host
   * puts in the link it mails to the requester. Only the token's digest is stored; sending again
   * replaces an unanswered survey and its token.
   *
   * @throws io.crmkit.core.statemachine.IllegalTransitionException if the ticket is not solved
   * @throws SurveyRefusedException if its survey was answered already
   */
  String sendSurvey(TicketId id, long expectedVersion);

  /**
   * Records the requester's answer to the survey of ticket {@code id}, given with its token, and
   * shows it on the requester's timeline.
   *
   * @param score 1 (very unsatisfied) to 5 (very satisfied)
   * @param comment the requester's words, at most 2,000 characters; null for none
   * @throws SurveyRefusedException if the token is not the survey's, it expired, it was used or the
   *     ticket is no longer solved
   */
  Ticket answerSurvey(TicketId id, String token, int score, @Nullable String comment);

  /**
   * Returns customer satisfaction over the surveys answered in [{@code from}, {@code to}), overall,
   * per agent and per team. Reads every ticket of the tenant.
   */
  CsatReport csat(Instant from, Instant to);

  /**
   * Returns how the desk did over [{@code from}, {@code to}): SLA attainment per policy, priority,
   * team and agent, first-reply and resolution times in business time, and the backlog by age at
   * {@code to}. Reads every ticket of the tenant.
   */
  SupportReport report(Instant from, Instant to);

  /** Returns the tenant's SLA policies, first tried first. */
  List<SlaPolicy> slaPolicies();

  /**
   * Replaces the tenant's SLA policies and applies them again to every unsolved ticket whose policy
   * or targets change (the counted time of a metric carries over).
   *
   * @return how many tickets changed
   */
  int defineSlaPolicies(List<SlaPolicy> policies);

  /**
   * Raises the SLA warnings and breaches due now and runs their escalations: reads only the tickets
   * whose stored check instant has come, each changed in its own unit of work against the version
   * it was read at. Run it on a schedule from any number of host instances: a ticket another run
   * changed first is left to it, so each warning, breach and escalation happens once. Notifications
   * go out after their unit has committed.
   *
   * @return what this run did
   */
  SlaDueWork runSlaDueWork();
}
