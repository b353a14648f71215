package io.crmkit.core.ticket;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.crmkit.core.Aggregate;
import io.crmkit.core.Changed;
import io.crmkit.core.DomainEvent;
import io.crmkit.core.Revision;
import io.crmkit.core.TeamId;
import io.crmkit.core.TenantId;
import io.crmkit.core.UserId;
import io.crmkit.core.statemachine.Guard;
import io.crmkit.core.statemachine.IllegalTransitionException;
import io.crmkit.core.statemachine.StateMachine;
import io.crmkit.core.statemachine.Transition;
import io.crmkit.core.statemachine.TransitionRecord;
import io.crmkit.core.ticket.TicketEvent.TicketAssigned;
import io.crmkit.core.ticket.TicketEvent.TicketMessageAdded;
import io.crmkit.core.ticket.TicketEvent.TicketOpened;
import io.crmkit.core.ticket.TicketEvent.TicketPriorityChanged;
import io.crmkit.core.ticket.TicketEvent.TicketStatusChanged;
import io.crmkit.core.ticket.TicketEvent.TicketUpdated;
import io.crmkit.core.timeline.ActivityId;
import io.crmkit.core.timeline.Direction;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A customer's request to the support team, tracked from the moment it arrives until it is closed:
 * its details, who works it (an assignee and a team), its status with every change recorded, and
 * its conversation of replies and notes.
 *
 * <p>Immutable: each command returns the new state with the events it raised. A solved ticket can
 * be reopened within a window after it was solved; a closed ticket never changes again.
 *
 * @since 0.1
 */
public final class Ticket implements Aggregate<TicketId> {

  private static final Set<TicketStatus> UNSOLVED =
      EnumSet.of(TicketStatus.NEW, TicketStatus.OPEN, TicketStatus.PENDING, TicketStatus.ON_HOLD);

  /** What the status machine's guards look at: the ticket, the instant and the reopen window. */
  record Attempt(Ticket ticket, Instant at, Duration reopenWindow) {}

  private static final StateMachine<TicketStatus, TicketAction, Attempt> MACHINE = machine();

  /**
   * The ticket status machine: which action moves a ticket from which status to which. A reopen is
   * refused once the reopen window after solving has passed.
   */
  public static final StateMachine<TicketStatus, TicketAction, ?> STATUS = MACHINE;

  private static StateMachine<TicketStatus, TicketAction, Attempt> machine() {
    Guard<Attempt> withinWindow =
        Guard.requiring(
            "the reopen window after solving has passed",
            attempt ->
                attempt
                    .ticket()
                    .solvedAt()
                    .map(solved -> !attempt.at().isAfter(solved.plus(attempt.reopenWindow())))
                    .orElse(false));
    return StateMachine.<TicketStatus, TicketAction, Attempt>builder("ticket status")
        .initial(TicketStatus.NEW)
        .states(TicketStatus.values())
        .terminal(TicketStatus.CLOSED)
        .transition(
            EnumSet.of(TicketStatus.NEW, TicketStatus.PENDING, TicketStatus.ON_HOLD),
            TicketAction.OPEN,
            TicketStatus.OPEN)
        .transition(
            EnumSet.of(TicketStatus.NEW, TicketStatus.OPEN, TicketStatus.ON_HOLD),
            TicketAction.PEND,
            TicketStatus.PENDING)
        .transition(
            EnumSet.of(TicketStatus.NEW, TicketStatus.OPEN, TicketStatus.PENDING),
            TicketAction.HOLD,
            TicketStatus.ON_HOLD)
        .transition(UNSOLVED, TicketAction.SOLVE, TicketStatus.SOLVED)
        .transition(TicketStatus.SOLVED, TicketAction.REOPEN, TicketStatus.OPEN)
        .guard(withinWindow)
        .transition(TicketStatus.SOLVED, TicketAction.CLOSE, TicketStatus.CLOSED)
        .build();
  }

  private final TicketId id;
  private final TenantId tenant;
  private final Revision revision;
  private final TicketDetails details;
  private final UserId creator;
  private final @Nullable UserId assignee;
  private final @Nullable TeamId team;
  private final TicketStatus status;
  private final List<TransitionRecord<TicketStatus, TicketAction>> history;
  private final List<TicketMessage> conversation;
  private final @Nullable TicketSla sla;
  private final @Nullable TicketSurvey survey;

  private Ticket(
      TicketId id,
      TenantId tenant,
      Revision revision,
      TicketDetails details,
      UserId creator,
      @Nullable UserId assignee,
      @Nullable TeamId team,
      TicketStatus status,
      List<TransitionRecord<TicketStatus, TicketAction>> history,
      List<TicketMessage> conversation,
      @Nullable TicketSla sla,
      @Nullable TicketSurvey survey) {
    this.id = requireNonNull(id, "id");
    this.tenant = requireNonNull(tenant, "tenant");
    this.revision = requireNonNull(revision, "revision");
    this.details = requireNonNull(details, "details");
    this.creator = requireNonNull(creator, "creator");
    this.assignee = assignee;
    this.team = team;
    this.status = requireNonNull(status, "status");
    this.history = List.copyOf(history);
    this.conversation = List.copyOf(conversation);
    this.sla = sla;
    this.survey = survey;
    TicketStatus reached =
        this.history.isEmpty() ? TicketStatus.NEW : this.history.get(history.size() - 1).to();
    checkArgument(
        reached == status, "ticket %s is %s but its history ends in %s", id, status, reached);
    for (int i = 0; i < this.conversation.size(); i++) {
      checkArgument(
          this.conversation.get(i).number() == i + 1,
          "ticket %s: message %s is numbered %s",
          id,
          i + 1,
          this.conversation.get(i).number());
    }
  }

  /** Opens a new ticket, unassigned and in no team, in status {@code NEW}. */
  public static Changed<Ticket> open(
      TicketId id, TenantId tenant, TicketDetails details, Instant at, UserId by) {
    Ticket ticket =
        new Ticket(
            id,
            tenant,
            Revision.first(at),
            details,
            by,
            null,
            null,
            TicketStatus.NEW,
            List.of(),
            List.of(),
            null,
            null);
    return Changed.of(
        ticket,
        new TicketOpened(
            tenant, id, details.requester(), details.priority(), details.channel(), at, by));
  }

  /**
   * Rebuilds a ticket from storage; for persistence adapters.
   *
   * @param history the status changes, oldest first, ending in {@code status}
   * @param conversation the messages, numbered from 1 in order
   */
  public static Ticket restore(
      TicketId id,
      TenantId tenant,
      Revision revision,
      TicketDetails details,
      UserId creator,
      @Nullable UserId assignee,
      @Nullable TeamId team,
      TicketStatus status,
      List<TransitionRecord<TicketStatus, TicketAction>> history,
      List<TicketMessage> conversation,
      @Nullable TicketSla sla,
      @Nullable TicketSurvey survey) {
    return new Ticket(
        id,
        tenant,
        revision,
        details,
        creator,
        assignee,
        team,
        status,
        history,
        conversation,
        sla,
        survey);
  }

  /**
   * Replaces the details; the requester stays.
   *
   * @throws IllegalTransitionException if the ticket is closed
   * @throws IllegalArgumentException if {@code newDetails} names another requester
   */
  public Changed<Ticket> update(TicketDetails newDetails, Instant at, UserId by) {
    requireNonNull(newDetails, "details");
    requireNotClosed("update");
    checkArgument(
        newDetails.requester().equals(details.requester()),
        "ticket %s: the requester cannot change (%s to %s)",
        id,
        details.requester(),
        newDetails.requester());
    if (newDetails.equals(details)) {
      return new Changed<>(this, List.of());
    }
    List<DomainEvent> events = new ArrayList<>();
    events.add(new TicketUpdated(tenant, id, at, by));
    if (newDetails.priority() != details.priority()) {
      events.add(
          new TicketPriorityChanged(tenant, id, details.priority(), newDetails.priority(), at, by));
    }
    return new Changed<>(next(at).details(newDetails).build(), events);
  }

  /** Sets the priority; the same priority changes nothing. */
  public Changed<Ticket> prioritize(TicketPriority priority, Instant at, UserId by) {
    requireNonNull(priority, "priority");
    return update(details.withPriority(priority), at, by);
  }

  /**
   * Gives the ticket to {@code newAssignee} in {@code newTeam} (either may be null: nobody, no
   * team); the same pair changes nothing.
   *
   * @throws IllegalTransitionException if the ticket is closed
   */
  public Changed<Ticket> assign(
      @Nullable UserId newAssignee, @Nullable TeamId newTeam, Instant at, UserId by) {
    requireNotClosed("assign");
    if (Objects.equals(newAssignee, assignee) && Objects.equals(newTeam, team)) {
      return new Changed<>(this, List.of());
    }
    return Changed.of(
        next(at).assignee(newAssignee).team(newTeam).build(),
        new TicketAssigned(tenant, id, newAssignee, newTeam, at, by));
  }

  /**
   * Moves the ticket by {@code action}.
   *
   * @param reopenWindow how long after solving a ticket may be reopened
   * @throws IllegalTransitionException if the status does not accept the action
   * @throws io.crmkit.core.statemachine.TransitionRefusedException if a reopen comes after the
   *     window
   */
  public Changed<Ticket> move(TicketAction action, Instant at, UserId by, Duration reopenWindow) {
    requireNonNull(action, "action");
    requireNonNull(reopenWindow, "reopenWindow");
    Transition<TicketStatus, TicketAction> transition =
        MACHINE.fire(status, action, new Attempt(this, at, reopenWindow), at, by);
    List<TransitionRecord<TicketStatus, TicketAction>> moved = new ArrayList<>(history);
    moved.add(transition.record());
    Ticket next = next(at).status(transition.state()).history(moved).build();
    return Changed.of(
        next, new TicketStatusChanged(tenant, id, status, transition.state(), action, at, by));
  }

  /**
   * Adds a message to the conversation. A first public reply from the team opens a new ticket; an
   * inbound reply opens a pending ticket again.
   *
   * @param activity the activity that shows the message on the requester's timeline
   * @throws IllegalTransitionException if the ticket is closed
   */
  public Changed<Ticket> addMessage(
      TicketMessage.Kind kind,
      Direction direction,
      String body,
      ActivityId activity,
      Instant at,
      UserId by) {
    requireNotClosed("add a message");
    TicketMessage message =
        new TicketMessage(conversation.size() + 1, kind, direction, body, by, at, activity);
    List<TicketMessage> longer = new ArrayList<>(conversation);
    longer.add(message);
    Ticket next = next(at).conversation(longer).build();
    List<DomainEvent> events = new ArrayList<>();
    events.add(new TicketMessageAdded(tenant, id, message.number(), kind, direction, at, by));
    TicketAction follow = null;
    if (message.isCustomerReply() && status == TicketStatus.PENDING) {
      follow = TicketAction.OPEN;
    } else if (message.isAgentReply() && status == TicketStatus.NEW) {
      follow = TicketAction.OPEN;
    }
    if (follow == null) {
      return new Changed<>(next, events);
    }
    Changed<Ticket> moved = next.move(follow, at, by, Duration.ZERO);
    // one new version for the whole command, not one per step
    Ticket once = moved.state().withRevision(revision.next(at));
    events.addAll(moved.events());
    return new Changed<>(once, events);
  }

  /**
   * Sends a satisfaction survey for a solved ticket, answerable until {@code expiresAt} with the
   * token whose digest is {@code tokenDigest}; replaces an unanswered survey.
   *
   * @throws IllegalTransitionException if the ticket is not solved
   * @throws SurveyRefusedException if its survey was answered already
   */
  public Changed<Ticket> sendSurvey(String tokenDigest, Instant at, Instant expiresAt, UserId by) {
    if (status != TicketStatus.SOLVED) {
      throw new IllegalTransitionException(
          MACHINE.name(), status, "send a survey", MACHINE.allowedEvents(status));
    }
    if (survey != null && survey.isAnswered()) {
      throw new SurveyRefusedException(id, "its survey was answered already");
    }
    TicketSurvey sent = new TicketSurvey(tokenDigest, at, expiresAt, null, "", null, null);
    return Changed.of(
        next(at).survey(sent).build(),
        new TicketEvent.TicketSurveySent(tenant, id, expiresAt, at, by));
  }

  /**
   * Records the customer's answer to the survey, given with the token whose digest is {@code
   * tokenDigest}.
   *
   * @throws SurveyRefusedException if no survey was sent, the token is not its token, it has
   *     expired, it was answered already or the ticket is no longer solved
   */
  public Changed<Ticket> answerSurvey(
      String tokenDigest, int score, String comment, ActivityId activity, Instant at, UserId by) {
    requireNonNull(tokenDigest, "tokenDigest");
    if (survey == null) {
      throw new SurveyRefusedException(id, "no survey was sent");
    }
    if (!java.security.MessageDigest.isEqual(
        survey.tokenDigest().getBytes(java.nio.charset.StandardCharsets.US_ASCII),
        tokenDigest.getBytes(java.nio.charset.StandardCharsets.US_ASCII))) {
      throw new SurveyRefusedException(id, "the token is not this survey's");
    }
    if (survey.isAnswered()) {
      throw new SurveyRefusedException(id, "the survey was answered already");
    }
    if (at.isAfter(survey.expiresAt())) {
      throw new SurveyRefusedException(id, "the survey expired at " + survey.expiresAt());
    }
    if (status != TicketStatus.SOLVED) {
      throw new SurveyRefusedException(id, "the ticket is " + status);
    }
    TicketSurvey answered =
        new TicketSurvey(
            survey.tokenDigest(),
            survey.sentAt(),
            survey.expiresAt(),
            score,
            comment,
            at,
            activity);
    return Changed.of(
        next(at).survey(answered).build(),
        new TicketEvent.TicketSurveyAnswered(tenant, id, score, at, by));
  }

  /**
   * Returns the ticket held to {@code newSla}, in the same version; for the SLA clock, which keeps
   * it current as a command changes the ticket.
   */
  public Ticket withSla(@Nullable TicketSla newSla) {
    if (Objects.equals(newSla, sla)) {
      return this;
    }
    return copy(revision).sla(newSla).build();
  }

  /**
   * Records {@code newSla} as a change of its own (a warning or breach raised by the due work), in
   * a new version.
   */
  public Ticket recordSla(TicketSla newSla, Instant at) {
    requireNonNull(newSla, "sla");
    return withSla(newSla).withRevision(revision.next(at));
  }

  /** Returns a copy of this ticket at its next revision, for a command to change. */
  private Copy next(Instant at) {
    return copy(revision.next(at));
  }

  private Copy copy(Revision newRevision) {
    return new Copy(newRevision);
  }

  /** The fields a command may change, starting from this ticket's, on a new revision. */
  private final class Copy {
    private final Revision revision;
    private TicketDetails details = Ticket.this.details;
    private @Nullable UserId assignee = Ticket.this.assignee;
    private @Nullable TeamId team = Ticket.this.team;
    private TicketStatus status = Ticket.this.status;
    private List<TransitionRecord<TicketStatus, TicketAction>> history = Ticket.this.history;
    private List<TicketMessage> conversation = Ticket.this.conversation;
    private @Nullable TicketSla sla = Ticket.this.sla;
    private @Nullable TicketSurvey survey = Ticket.this.survey;

    private Copy(Revision revision) {
      this.revision = revision;
    }

    Copy details(TicketDetails value) {
      details = value;
      return this;
    }

    Copy assignee(@Nullable UserId value) {
      assignee = value;
      return this;
    }

    Copy team(@Nullable TeamId value) {
      team = value;
      return this;
    }

    Copy status(TicketStatus value) {
      status = value;
      return this;
    }

    Copy history(List<TransitionRecord<TicketStatus, TicketAction>> value) {
      history = value;
      return this;
    }

    Copy conversation(List<TicketMessage> value) {
      conversation = value;
      return this;
    }

    Copy sla(@Nullable TicketSla value) {
      sla = value;
      return this;
    }

    Copy survey(@Nullable TicketSurvey value) {
      survey = value;
      return this;
    }

    Ticket build() {
      return new Ticket(
          id,
          tenant,
          revision,
          details,
          creator,
          assignee,
          team,
          status,
          history,
          conversation,
          sla,
          survey);
    }
  }

  /**
   * Returns this state as the single next version of {@code previous}, which several steps of one
   * command (the due work and its escalations) led to.
   */
  public Ticket asNextVersionOf(Ticket previous, Instant at) {
    checkArgument(previous.id.equals(id), "ticket %s is not ticket %s", previous.id, id);
    return withRevision(previous.revision.next(at));
  }

  private Ticket withRevision(Revision newRevision) {
    return copy(newRevision).build();
  }

  private void requireNotClosed(String action) {
    if (status == TicketStatus.CLOSED) {
      throw new IllegalTransitionException(
          MACHINE.name(), status, action, MACHINE.allowedEvents(status));
    }
  }

  @Override
  public TicketId id() {
    return id;
  }

  @Override
  public TenantId tenant() {
    return tenant;
  }

  @Override
  public long version() {
    return revision.version();
  }

  /** Returns its version and when it was created and last changed. */
  public Revision revision() {
    return revision;
  }

  /** Returns what the customer asks. */
  public TicketDetails details() {
    return details;
  }

  /** Returns the user who opened it in the CRM. */
  public UserId creator() {
    return creator;
  }

  /** Returns who works it, if anybody. */
  public Optional<UserId> assignee() {
    return Optional.ofNullable(assignee);
  }

  /** Returns the team whose queue holds it, if any. */
  public Optional<TeamId> team() {
    return Optional.ofNullable(team);
  }

  /**
   * Returns the user the access policy asks about: the assignee, or the creator while nobody has
   * it.
   */
  public UserId owner() {
    return assignee != null ? assignee : creator;
  }

  /** Returns its status. */
  public TicketStatus status() {
    return status;
  }

  /** Returns whether it still asks for work: neither solved nor closed. */
  public boolean isUnsolved() {
    return status.isUnsolved();
  }

  /** Returns every status change, oldest first; immutable. */
  public List<TransitionRecord<TicketStatus, TicketAction>> history() {
    return history;
  }

  /** Returns the conversation, oldest first; immutable. */
  public List<TicketMessage> conversation() {
    return conversation;
  }

  /** Returns when it was last solved, if it is solved or closed. */
  public Optional<Instant> solvedAt() {
    for (int i = history.size() - 1; i >= 0; i--) {
      if (history.get(i).to() == TicketStatus.SOLVED) {
        return status.isUnsolved() ? Optional.empty() : Optional.of(history.get(i).at());
      }
    }
    return Optional.empty();
  }

  /** Returns when the team first replied publicly, if it has. */
  public Optional<Instant> firstReplyAt() {
    return conversation.stream()
        .filter(TicketMessage::isAgentReply)
        .map(TicketMessage::at)
        .findFirst();
  }

  /** Returns its satisfaction survey, if one was sent. */
  public Optional<TicketSurvey> survey() {
    return Optional.ofNullable(survey);
  }

  /** Returns the service level it is held to, if a policy applies. */
  public Optional<TicketSla> sla() {
    return Optional.ofNullable(sla);
  }

  /** Returns when its earliest running SLA target falls due: its place in a queue. */
  public Optional<Instant> dueAt() {
    return sla == null ? Optional.empty() : sla.dueAt();
  }

  /** Returns when the SLA due work next has something to do for it (a warning or a breach). */
  public Optional<Instant> slaCheckAt() {
    return sla == null ? Optional.empty() : sla.checkAt();
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Ticket that
        && id.equals(that.id)
        && tenant.equals(that.tenant)
        && revision.equals(that.revision)
        && details.equals(that.details)
        && creator.equals(that.creator)
        && Objects.equals(assignee, that.assignee)
        && Objects.equals(team, that.team)
        && status == that.status
        && history.equals(that.history)
        && conversation.equals(that.conversation)
        && Objects.equals(sla, that.sla)
        && Objects.equals(survey, that.survey);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, tenant, revision.version());
  }

  @Override
  public String toString() {
    return "Ticket["
        + id
        + " '"
        + details.subject()
        + "' "
        + status
        + " "
        + details.priority()
        + "]";
  }
}
