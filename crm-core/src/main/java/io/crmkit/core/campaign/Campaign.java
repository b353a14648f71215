package io.crmkit.core.campaign;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.crmkit.core.Aggregate;
import io.crmkit.core.Changed;
import io.crmkit.core.Revision;
import io.crmkit.core.TenantId;
import io.crmkit.core.UserId;
import io.crmkit.core.campaign.CampaignEvent.CampaignCreated;
import io.crmkit.core.campaign.CampaignEvent.CampaignStatusChanged;
import io.crmkit.core.campaign.CampaignEvent.CampaignUpdated;
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
import org.jspecify.annotations.Nullable;

/**
 * A marketing campaign: a message sent from one template to an audience for one consent purpose, on
 * a schedule and at a throttled pace, with its status and every change of it recorded.
 *
 * <p>Immutable: each command returns the new state with the events it raised. Details change only
 * while it is a draft or scheduled; a sent or cancelled campaign never changes again.
 *
 * @since 0.1
 */
public final class Campaign implements Aggregate<CampaignId> {

  /** The campaign status machine: which action moves a campaign from which status to which. */
  public static final StateMachine<CampaignStatus, CampaignAction, Campaign> STATUS = machine();

  private static StateMachine<CampaignStatus, CampaignAction, Campaign> machine() {
    return StateMachine.<CampaignStatus, CampaignAction, Campaign>builder("campaign status")
        .initial(CampaignStatus.DRAFT)
        .states(CampaignStatus.values())
        .terminal(CampaignStatus.SENT, CampaignStatus.CANCELLED)
        .transition(CampaignStatus.DRAFT, CampaignAction.SCHEDULE, CampaignStatus.SCHEDULED)
        .transition(CampaignStatus.SCHEDULED, CampaignAction.SCHEDULE, CampaignStatus.SCHEDULED)
        .transition(CampaignStatus.SCHEDULED, CampaignAction.UNSCHEDULE, CampaignStatus.DRAFT)
        .transition(CampaignStatus.SCHEDULED, CampaignAction.START, CampaignStatus.SENDING)
        .transition(CampaignStatus.SENDING, CampaignAction.PAUSE, CampaignStatus.PAUSED)
        .transition(CampaignStatus.PAUSED, CampaignAction.RESUME, CampaignStatus.SENDING)
        .transition(CampaignStatus.SENDING, CampaignAction.FINISH, CampaignStatus.SENT)
        .transition(
            EnumSet.of(
                CampaignStatus.DRAFT,
                CampaignStatus.SCHEDULED,
                CampaignStatus.SENDING,
                CampaignStatus.PAUSED),
            CampaignAction.CANCEL,
            CampaignStatus.CANCELLED)
        .build();
  }

  private final CampaignId id;
  private final TenantId tenant;
  private final Revision revision;
  private final CampaignDetails details;
  private final UserId owner;
  private final CampaignStatus status;
  private final List<TransitionRecord<CampaignStatus, CampaignAction>> history;
  private final @Nullable Instant sendAt;
  private final @Nullable Instant claimedAt;

  private Campaign(
      CampaignId id,
      TenantId tenant,
      Revision revision,
      CampaignDetails details,
      UserId owner,
      CampaignStatus status,
      List<TransitionRecord<CampaignStatus, CampaignAction>> history,
      @Nullable Instant sendAt,
      @Nullable Instant claimedAt) {
    this.id = requireNonNull(id, "id");
    this.tenant = requireNonNull(tenant, "tenant");
    this.revision = requireNonNull(revision, "revision");
    this.details = requireNonNull(details, "details");
    this.owner = requireNonNull(owner, "owner");
    this.status = requireNonNull(status, "status");
    this.history = List.copyOf(history);
    this.sendAt = sendAt;
    this.claimedAt = claimedAt;
    CampaignStatus reached =
        this.history.isEmpty() ? CampaignStatus.DRAFT : this.history.get(history.size() - 1).to();
    checkArgument(
        reached == status, "campaign %s is %s but its history ends in %s", id, status, reached);
    checkArgument(
        status == CampaignStatus.DRAFT || status == CampaignStatus.CANCELLED || sendAt != null,
        "campaign %s is %s without a send instant",
        id,
        status);
  }

  /** Creates a draft campaign owned by {@code by}. */
  public static Changed<Campaign> create(
      CampaignId id, TenantId tenant, CampaignDetails details, Instant at, UserId by) {
    Campaign campaign =
        new Campaign(
            id,
            tenant,
            Revision.first(at),
            details,
            by,
            CampaignStatus.DRAFT,
            List.of(),
            null,
            null);
    return Changed.of(campaign, new CampaignCreated(tenant, id, details.name(), at, by));
  }

  /**
   * Rebuilds a campaign from storage; for persistence adapters.
   *
   * @param history the status changes, oldest first, ending in {@code status}
   * @param sendAt when it starts sending; null only for a draft never scheduled
   * @param claimedAt when recipients were last claimed for sending; null before
   */
  public static Campaign restore(
      CampaignId id,
      TenantId tenant,
      Revision revision,
      CampaignDetails details,
      UserId owner,
      CampaignStatus status,
      List<TransitionRecord<CampaignStatus, CampaignAction>> history,
      @Nullable Instant sendAt,
      @Nullable Instant claimedAt) {
    return new Campaign(id, tenant, revision, details, owner, status, history, sendAt, claimedAt);
  }

  /**
   * Replaces the details; the same details change nothing.
   *
   * @throws IllegalTransitionException unless it is a draft or scheduled
   */
  public Changed<Campaign> update(CampaignDetails newDetails, Instant at, UserId by) {
    requireNonNull(newDetails, "details");
    if (!status.isEditable()) {
      throw new IllegalTransitionException(
          STATUS.name(), status, "update", STATUS.allowedEvents(status));
    }
    if (newDetails.equals(details)) {
      return new Changed<>(this, List.of());
    }
    return Changed.of(
        new Campaign(
            id, tenant, revision.next(at), newDetails, owner, status, history, sendAt, claimedAt),
        new CampaignUpdated(tenant, id, at, by));
  }

  /**
   * Schedules it to start sending at {@code when} (the due work starts it at its first run from
   * then); a scheduled campaign moves to the new instant.
   *
   * @throws IllegalTransitionException unless it is a draft or scheduled
   */
  public Changed<Campaign> schedule(Instant when, Instant at, UserId by) {
    requireNonNull(when, "send instant");
    return move(CampaignAction.SCHEDULE, when, at, by);
  }

  /**
   * Moves it by {@code action}.
   *
   * @throws IllegalTransitionException if its status does not accept the action
   * @throws IllegalArgumentException for {@link CampaignAction#SCHEDULE}, which needs an instant
   */
  public Changed<Campaign> move(CampaignAction action, Instant at, UserId by) {
    checkArgument(action != CampaignAction.SCHEDULE, "schedule a campaign with an instant");
    return move(action, sendAt, at, by);
  }

  private Changed<Campaign> move(
      CampaignAction action, @Nullable Instant when, Instant at, UserId by) {
    requireNonNull(action, "action");
    Transition<CampaignStatus, CampaignAction> transition =
        STATUS.fire(status, action, this, at, by);
    List<TransitionRecord<CampaignStatus, CampaignAction>> moved = new ArrayList<>(history);
    moved.add(transition.record());
    CampaignStatus to = transition.state();
    Instant nextSendAt = to == CampaignStatus.DRAFT ? null : when;
    Campaign next =
        new Campaign(
            id, tenant, revision.next(at), details, owner, to, moved, nextSendAt, claimedAt);
    return Changed.of(next, new CampaignStatusChanged(tenant, id, status, to, action, at, by));
  }

  /**
   * Returns it as its next version, with recipients claimed at {@code at}: what makes two host
   * instances that claim recipients of one campaign at once conflict, so that its throttle holds.
   *
   * @throws IllegalTransitionException unless it is sending
   */
  public Campaign claimed(Instant at) {
    requireNonNull(at, "at");
    if (status != CampaignStatus.SENDING) {
      throw new IllegalTransitionException(
          STATUS.name(), status, "claim recipients", STATUS.allowedEvents(status));
    }
    return new Campaign(id, tenant, revision.next(at), details, owner, status, history, sendAt, at);
  }

  @Override
  public CampaignId id() {
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

  /** Returns what it sends, to whom and how fast. */
  public CampaignDetails details() {
    return details;
  }

  /** Returns the user who created it, whom the access policy is asked about. */
  public UserId owner() {
    return owner;
  }

  /** Returns its status. */
  public CampaignStatus status() {
    return status;
  }

  /** Returns every status change, oldest first; immutable. */
  public List<TransitionRecord<CampaignStatus, CampaignAction>> history() {
    return history;
  }

  /** Returns when it starts (or started) sending, once scheduled. */
  public Optional<Instant> sendAt() {
    return Optional.ofNullable(sendAt);
  }

  /** Returns when recipients were last claimed for sending, if ever. */
  public Optional<Instant> claimedAt() {
    return Optional.ofNullable(claimedAt);
  }

  /** Returns when it started sending, if it has. */
  public Optional<Instant> startedAt() {
    return history.stream()
        .filter(change -> change.event() == CampaignAction.START)
        .map(TransitionRecord::at)
        .findFirst();
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Campaign that
        && id.equals(that.id)
        && tenant.equals(that.tenant)
        && revision.equals(that.revision)
        && details.equals(that.details)
        && owner.equals(that.owner)
        && status == that.status
        && history.equals(that.history)
        && Objects.equals(sendAt, that.sendAt)
        && Objects.equals(claimedAt, that.claimedAt);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, tenant, revision.version());
  }

  @Override
  public String toString() {
    return "Campaign[" + id + " '" + details.name() + "' " + status + "]";
  }
}
