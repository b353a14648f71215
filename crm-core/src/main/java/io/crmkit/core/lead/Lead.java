package io.crmkit.core.lead;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.crmkit.core.Aggregate;
import io.crmkit.core.Changed;
import io.crmkit.core.DomainEvent;
import io.crmkit.core.Revision;
import io.crmkit.core.TenantId;
import io.crmkit.core.UserId;
import io.crmkit.core.lead.LeadEvent.LeadCaptured;
import io.crmkit.core.lead.LeadEvent.LeadConverted;
import io.crmkit.core.lead.LeadEvent.LeadDisqualified;
import io.crmkit.core.lead.LeadEvent.LeadNurtured;
import io.crmkit.core.lead.LeadEvent.LeadOwnerChanged;
import io.crmkit.core.lead.LeadEvent.LeadScored;
import io.crmkit.core.lead.LeadEvent.LeadStatusChanged;
import io.crmkit.core.lead.LeadEvent.LeadUpdated;
import io.crmkit.core.reason.Reason;
import io.crmkit.core.statemachine.IllegalTransitionException;
import io.crmkit.core.statemachine.StateMachine;
import io.crmkit.core.statemachine.Transition;
import io.crmkit.core.statemachine.TransitionRecord;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A prospect who is not yet a customer record: the person and company as captured, where they came
 * from, who works them, their score, and where they stand in qualification with the history of
 * every status change.
 *
 * <p>The status moves only through {@link #STATUS}: new, attempting contact, connected, qualified,
 * converted; from any working status a lead can be disqualified (with a catalogue reason) or put in
 * nurture (with a recycle instant); recycling brings a nurtured or unqualified lead back to new. A
 * converted lead is read-only: every command on it throws {@link IllegalTransitionException}.
 *
 * <p>Immutable: commands return the new state and the events raised.
 *
 * @since 0.1
 */
public final class Lead implements Aggregate<LeadId> {

  /** The highest score; scores run from 0 to this. */
  public static final int MAX_SCORE = 100;

  private static final Set<LeadStatus> WORKING =
      EnumSet.of(
          LeadStatus.NEW,
          LeadStatus.ATTEMPTING_CONTACT,
          LeadStatus.CONNECTED,
          LeadStatus.QUALIFIED);

  /** The lead status machine: which action moves a lead from which status to which. */
  public static final StateMachine<LeadStatus, LeadAction, Lead> STATUS =
      StateMachine.<LeadStatus, LeadAction, Lead>builder("lead status")
          .initial(LeadStatus.NEW)
          .states(LeadStatus.values())
          .terminal(LeadStatus.CONVERTED, LeadStatus.UNQUALIFIED)
          .transition(LeadStatus.NEW, LeadAction.ATTEMPT_CONTACT, LeadStatus.ATTEMPTING_CONTACT)
          .transition(
              EnumSet.of(LeadStatus.NEW, LeadStatus.ATTEMPTING_CONTACT),
              LeadAction.CONNECT,
              LeadStatus.CONNECTED)
          .transition(LeadStatus.CONNECTED, LeadAction.QUALIFY, LeadStatus.QUALIFIED)
          .transition(LeadStatus.QUALIFIED, LeadAction.CONVERT, LeadStatus.CONVERTED)
          .transition(
              EnumSet.of(
                  LeadStatus.NEW,
                  LeadStatus.ATTEMPTING_CONTACT,
                  LeadStatus.CONNECTED,
                  LeadStatus.QUALIFIED,
                  LeadStatus.NURTURE),
              LeadAction.DISQUALIFY,
              LeadStatus.UNQUALIFIED)
          .transition(WORKING, LeadAction.NURTURE, LeadStatus.NURTURE)
          .transition(LeadStatus.NURTURE, LeadAction.RECYCLE, LeadStatus.NEW)
          .reopen(LeadStatus.UNQUALIFIED, LeadAction.RECYCLE, LeadStatus.NEW)
          .build();

  private final LeadId id;
  private final TenantId tenant;
  private final Revision revision;
  private final LeadDetails details;
  private final Attribution attribution;
  private final UserId owner;
  private final @Nullable Integer score;
  private final LeadStatus status;
  private final List<TransitionRecord<LeadStatus, LeadAction>> history;
  private final @Nullable String unqualifiedReason;
  private final @Nullable Instant recycleAt;
  private final @Nullable Conversion conversion;

  private Lead(
      LeadId id,
      TenantId tenant,
      Revision revision,
      LeadDetails details,
      Attribution attribution,
      UserId owner,
      @Nullable Integer score,
      LeadStatus status,
      List<TransitionRecord<LeadStatus, LeadAction>> history,
      @Nullable String unqualifiedReason,
      @Nullable Instant recycleAt,
      @Nullable Conversion conversion) {
    this.id = requireNonNull(id, "id");
    this.tenant = requireNonNull(tenant, "tenant");
    this.revision = requireNonNull(revision, "revision");
    this.details = requireNonNull(details, "details");
    this.attribution = requireNonNull(attribution, "attribution");
    this.owner = requireNonNull(owner, "owner");
    this.status = requireNonNull(status, "status");
    this.history = List.copyOf(history);
    checkScore(score);
    this.score = score;
    checkArgument(
        (status == LeadStatus.UNQUALIFIED) == (unqualifiedReason != null),
        "lead %s: an unqualified reason is kept exactly while unqualified (%s, %s)",
        id,
        status,
        unqualifiedReason);
    checkArgument(
        (status == LeadStatus.NURTURE) == (recycleAt != null),
        "lead %s: a recycle instant is kept exactly while in nurture (%s, %s)",
        id,
        status,
        recycleAt);
    checkArgument(
        (status == LeadStatus.CONVERTED) == (conversion != null),
        "lead %s: a conversion is kept exactly once converted (%s, %s)",
        id,
        status,
        conversion);
    LeadStatus reached =
        this.history.isEmpty() ? STATUS.initial() : this.history.get(history.size() - 1).to();
    checkArgument(
        reached == status, "lead %s is %s but its history ends in %s", id, status, reached);
    this.unqualifiedReason = unqualifiedReason;
    this.recycleAt = recycleAt;
    this.conversion = conversion;
  }

  /** Captures a new lead owned by {@code owner}. */
  public static Changed<Lead> capture(
      LeadId id,
      TenantId tenant,
      LeadDetails details,
      Attribution attribution,
      UserId owner,
      Instant at,
      UserId by) {
    Lead lead =
        new Lead(
            id,
            tenant,
            Revision.first(at),
            details,
            attribution,
            owner,
            null,
            LeadStatus.NEW,
            List.of(),
            null,
            null,
            null);
    return Changed.of(lead, new LeadCaptured(tenant, id, attribution, owner, at, by));
  }

  /**
   * Rebuilds a lead from storage; for persistence adapters.
   *
   * @param history the status changes, oldest first, ending in {@code status}
   */
  public static Lead restore(
      LeadId id,
      TenantId tenant,
      Revision revision,
      LeadDetails details,
      Attribution attribution,
      UserId owner,
      @Nullable Integer score,
      LeadStatus status,
      List<TransitionRecord<LeadStatus, LeadAction>> history,
      @Nullable String unqualifiedReason,
      @Nullable Instant recycleAt,
      @Nullable Conversion conversion) {
    return new Lead(
        id,
        tenant,
        revision,
        details,
        attribution,
        owner,
        score,
        status,
        history,
        unqualifiedReason,
        recycleAt,
        conversion);
  }

  /**
   * Replaces the details.
   *
   * @throws IllegalTransitionException if the lead is converted
   */
  public Changed<Lead> update(LeadDetails newDetails, Instant at, UserId by) {
    requireNonNull(newDetails, "details");
    requireNotConverted("update");
    return Changed.of(
        new Lead(
            id,
            tenant,
            revision.next(at),
            newDetails,
            attribution,
            owner,
            score,
            status,
            history,
            unqualifiedReason,
            recycleAt,
            conversion),
        new LeadUpdated(tenant, id, at, by));
  }

  /**
   * Replaces what a converted lead links to, when the contact or company it was converted into is
   * merged or unmerged; nothing else of the lead changes.
   */
  public Changed<Lead> relink(Conversion newConversion, Instant at, UserId by) {
    requireNonNull(newConversion, "conversion");
    return Changed.of(
        new Lead(
            id,
            tenant,
            revision.next(at),
            details,
            attribution,
            owner,
            score,
            status,
            history,
            unqualifiedReason,
            recycleAt,
            newConversion),
        new LeadUpdated(tenant, id, at, by));
  }

  /** Gives the lead to another owner; the same owner changes nothing. */
  public Changed<Lead> assign(UserId newOwner, Instant at, UserId by) {
    requireNonNull(newOwner, "owner");
    requireNotConverted("assign");
    if (newOwner.equals(owner)) {
      return new Changed<>(this, List.of());
    }
    return Changed.of(
        new Lead(
            id,
            tenant,
            revision.next(at),
            details,
            attribution,
            newOwner,
            score,
            status,
            history,
            unqualifiedReason,
            recycleAt,
            conversion),
        new LeadOwnerChanged(tenant, id, owner, newOwner, at, by));
  }

  /**
   * Sets the score computed by lead scoring; the same score changes nothing.
   *
   * @param newScore 0 to {@link #MAX_SCORE}
   */
  public Changed<Lead> score(int newScore, Instant at, UserId by) {
    checkScore(newScore);
    requireNotConverted("score");
    if (Objects.equals(score, newScore)) {
      return new Changed<>(this, List.of());
    }
    return Changed.of(
        new Lead(
            id,
            tenant,
            revision.next(at),
            details,
            attribution,
            owner,
            newScore,
            status,
            history,
            unqualifiedReason,
            recycleAt,
            conversion),
        new LeadScored(tenant, id, newScore, at, by));
  }

  /** Starts trying to reach the person of a new lead. */
  public Changed<Lead> attemptContact(Instant at, UserId by) {
    return move(LeadAction.ATTEMPT_CONTACT, null, null, null, at, by);
  }

  /** Records that the person was reached. */
  public Changed<Lead> connect(Instant at, UserId by) {
    return move(LeadAction.CONNECT, null, null, null, at, by);
  }

  /** Records that the person is a real buyer. */
  public Changed<Lead> qualify(Instant at, UserId by) {
    return move(LeadAction.QUALIFY, null, null, null, at, by);
  }

  /** Disqualifies the lead for {@code reason} from the tenant's unqualified-lead catalogue. */
  public Changed<Lead> disqualify(Reason reason, Instant at, UserId by) {
    requireNonNull(reason, "reason");
    return move(LeadAction.DISQUALIFY, reason.code(), null, null, at, by);
  }

  /**
   * Parks the lead until {@code recycle}, when {@link #recycle} brings it back to new.
   *
   * @throws IllegalArgumentException if {@code recycle} is not after {@code at}
   */
  public Changed<Lead> nurture(Instant recycle, Instant at, UserId by) {
    requireNonNull(recycle, "recycle instant");
    checkArgument(
        recycle.isAfter(at),
        "recycle instant %s must be after the nurture instant %s",
        recycle,
        at);
    return move(LeadAction.NURTURE, null, recycle, null, at, by);
  }

  /** Brings a nurtured or unqualified lead back to new. */
  public Changed<Lead> recycle(Instant at, UserId by) {
    return move(LeadAction.RECYCLE, null, null, null, at, by);
  }

  /**
   * Marks a qualified lead converted into what {@code result} links.
   *
   * @throws IllegalTransitionException if the lead is not qualified
   */
  public Changed<Lead> convert(Conversion result, Instant at, UserId by) {
    requireNonNull(result, "conversion");
    return move(LeadAction.CONVERT, null, null, result, at, by);
  }

  /**
   * Throws unless the lead may be converted now, so that a conversion fails before it creates
   * anything.
   *
   * @throws IllegalTransitionException if the lead is not qualified
   */
  public void checkConvertible() {
    if (!STATUS.allowedEvents(status).contains(LeadAction.CONVERT)) {
      throw new IllegalTransitionException(
          STATUS.name(), status, LeadAction.CONVERT, STATUS.allowedEvents(status));
    }
  }

  private Changed<Lead> move(
      LeadAction action,
      @Nullable String reason,
      @Nullable Instant recycle,
      @Nullable Conversion result,
      Instant at,
      UserId by) {
    Transition<LeadStatus, LeadAction> transition = STATUS.fire(status, action, this, at, by);
    List<TransitionRecord<LeadStatus, LeadAction>> longer = new ArrayList<>(history.size() + 1);
    longer.addAll(history);
    longer.add(transition.record());
    Lead moved =
        new Lead(
            id,
            tenant,
            revision.next(at),
            details,
            attribution,
            owner,
            score,
            transition.state(),
            longer,
            reason,
            recycle,
            result);
    List<DomainEvent> events = new ArrayList<>();
    events.add(new LeadStatusChanged(tenant, id, status, transition.state(), action, at, by));
    if (reason != null) {
      events.add(new LeadDisqualified(tenant, id, reason, at, by));
    }
    if (recycle != null) {
      events.add(new LeadNurtured(tenant, id, recycle, at, by));
    }
    if (result != null) {
      events.add(new LeadConverted(tenant, id, result, at, by));
    }
    return new Changed<>(moved, events);
  }

  private void requireNotConverted(String action) {
    if (status == LeadStatus.CONVERTED) {
      throw new IllegalTransitionException(STATUS.name(), status, action, List.of());
    }
  }

  private static void checkScore(@Nullable Integer value) {
    checkArgument(
        value == null || (value >= 0 && value <= MAX_SCORE),
        "lead score must be 0 to %s: %s",
        MAX_SCORE,
        value);
  }

  @Override
  public LeadId id() {
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

  /** Returns what is known of the prospect. */
  public LeadDetails details() {
    return details;
  }

  /** Returns where it came from. */
  public Attribution attribution() {
    return attribution;
  }

  /** Returns who works it. */
  public UserId owner() {
    return owner;
  }

  /** Returns its score, once lead scoring has set one. */
  public Optional<Integer> score() {
    return Optional.ofNullable(score);
  }

  /** Returns its status. */
  public LeadStatus status() {
    return status;
  }

  /** Returns every status change, oldest first; empty while it is new and untouched. */
  public List<TransitionRecord<LeadStatus, LeadAction>> history() {
    return history;
  }

  /** Returns the catalogue code it was disqualified for, while it is unqualified. */
  public Optional<String> unqualifiedReason() {
    return Optional.ofNullable(unqualifiedReason);
  }

  /** Returns when it comes back to new, while it is in nurture. */
  public Optional<Instant> recycleAt() {
    return Optional.ofNullable(recycleAt);
  }

  /** Returns what it was converted into, once converted. */
  public Optional<Conversion> conversion() {
    return Optional.ofNullable(conversion);
  }

  /** Returns whether it is in nurture and due to come back at {@code at}. */
  public boolean isDueForRecyclingAt(Instant at) {
    return recycleAt != null && !recycleAt.isAfter(at);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Lead that
        && id.equals(that.id)
        && tenant.equals(that.tenant)
        && revision.equals(that.revision)
        && details.equals(that.details)
        && attribution.equals(that.attribution)
        && owner.equals(that.owner)
        && Objects.equals(score, that.score)
        && status == that.status
        && history.equals(that.history)
        && Objects.equals(unqualifiedReason, that.unqualifiedReason)
        && Objects.equals(recycleAt, that.recycleAt)
        && Objects.equals(conversion, that.conversion);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, tenant, revision.version());
  }

  @Override
  public String toString() {
    return "Lead[" + id + " " + details.name().display() + " " + status + "]";
  }
}
