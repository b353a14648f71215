package io.crmkit.core.deal;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.crmkit.core.Aggregate;
import io.crmkit.core.Changed;
import io.crmkit.core.FieldError;
import io.crmkit.core.Revision;
import io.crmkit.core.TenantId;
import io.crmkit.core.UserId;
import io.crmkit.core.ValidationException;
import io.crmkit.core.company.CompanyId;
import io.crmkit.core.deal.DealEvent.DealLost;
import io.crmkit.core.deal.DealEvent.DealOpened;
import io.crmkit.core.deal.DealEvent.DealOwnerChanged;
import io.crmkit.core.deal.DealEvent.DealRelocated;
import io.crmkit.core.deal.DealEvent.DealReopened;
import io.crmkit.core.deal.DealEvent.DealStageChanged;
import io.crmkit.core.deal.DealEvent.DealUpdated;
import io.crmkit.core.deal.DealEvent.DealWon;
import io.crmkit.core.reason.Reason;
import io.crmkit.core.statemachine.IllegalTransitionException;
import io.crmkit.core.statemachine.Transition;
import io.crmkit.core.statemachine.TransitionRefusedException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A sales opportunity: what may be sold to whom for how much, owned by a rep, standing in one stage
 * of one pipeline, with the full history of the stages it went through.
 *
 * <p>Every stage move goes through the pipeline's {@linkplain Pipeline#dealMachine() state
 * machine}, so the pipeline's policy and each stage's required fields are enforced in one place:
 * {@link #moveTo}, {@link #win}, {@link #lose} and {@link #reopen} throw {@link
 * IllegalTransitionException} for a move the pipeline does not allow and {@link
 * TransitionRefusedException} for a deal that lacks a field the target stage requires. A won or
 * lost deal is read-only until it is reopened.
 *
 * <p>The deal's win probability is its stage's (100 once won, 0 once lost) and its forecast
 * category is derived from it unless the rep overrides it in the details. Its {@linkplain
 * #history() history} of {@link StageChange}s is complete: analytics need nothing else.
 *
 * <p>Immutable: commands return the new state and the events raised.
 *
 * @since 0.1
 */
public final class Deal implements Aggregate<DealId> {

  private final DealId id;
  private final TenantId tenant;
  private final Revision revision;
  private final DealDetails details;
  private final UserId owner;
  private final PipelineId pipeline;
  private final Stage stage;
  private final List<StageChange> history;

  private Deal(
      DealId id,
      TenantId tenant,
      Revision revision,
      DealDetails details,
      UserId owner,
      PipelineId pipeline,
      Stage stage,
      List<StageChange> history) {
    this.id = requireNonNull(id, "id");
    this.tenant = requireNonNull(tenant, "tenant");
    this.revision = requireNonNull(revision, "revision");
    this.details = requireNonNull(details, "details");
    this.owner = requireNonNull(owner, "owner");
    this.pipeline = requireNonNull(pipeline, "pipeline");
    this.stage = requireNonNull(stage, "stage");
    this.history = List.copyOf(history);
    checkArgument(!this.history.isEmpty(), "deal %s has no stage history", id);
    checkArgument(
        this.history.get(0).kind() == StageChange.Kind.OPENED,
        "deal %s's history must start with its opening: %s",
        id,
        this.history.get(0));
    checkArgument(
        last().to().equals(stage.id()),
        "deal %s stands in stage %s but its history ends in %s",
        id,
        stage.id(),
        last().to());
  }

  /**
   * Opens a deal in {@code stage} of {@code pipeline} (its first stage when null).
   *
   * @throws IllegalArgumentException if the stage is not an open stage of the pipeline
   * @throws ValidationException if the details lack a field the stage requires
   */
  public static Changed<Deal> open(
      DealId id,
      Pipeline pipeline,
      @Nullable StageId stage,
      DealDetails details,
      UserId owner,
      Instant at,
      UserId by) {
    requireNonNull(pipeline, "pipeline");
    requireNonNull(details, "details");
    Stage first = stage == null ? pipeline.firstStage() : pipeline.stage(stage);
    checkArgument(
        first.isOpen(),
        "a deal opens in an open stage, not in '%s' (%s)",
        first.name(),
        first.kind());
    checkRequired(first, details);
    StageChange opening =
        new StageChange(
            StageChange.Kind.OPENED,
            null,
            first.id(),
            first.probability(),
            at,
            by,
            Duration.ZERO,
            null);
    Deal deal =
        new Deal(
            id,
            pipeline.tenant(),
            Revision.first(at),
            details,
            owner,
            pipeline.id(),
            first,
            List.of(opening));
    return Changed.of(
        deal, new DealOpened(pipeline.tenant(), id, pipeline.id(), first.id(), owner, at, by));
  }

  /**
   * Rebuilds a deal from storage; for persistence adapters.
   *
   * @param stage the stage the deal stands in, as its pipeline defines it now
   * @param history its stage history, oldest first, ending in {@code stage}
   */
  public static Deal restore(
      DealId id,
      TenantId tenant,
      Revision revision,
      DealDetails details,
      UserId owner,
      PipelineId pipeline,
      Stage stage,
      List<StageChange> history) {
    return new Deal(id, tenant, revision, details, owner, pipeline, stage, history);
  }

  /**
   * Replaces the details of an open deal.
   *
   * @throws IllegalTransitionException if the deal is won or lost
   * @throws ValidationException if the new details lack a field the current stage requires
   */
  public Changed<Deal> update(DealDetails newDetails, Instant at, UserId by) {
    requireNonNull(newDetails, "details");
    requireOpen("update");
    checkRequired(stage, newDetails);
    return Changed.of(
        new Deal(id, tenant, revision.next(at), newDetails, owner, pipeline, stage, history),
        new DealUpdated(tenant, id, at, by));
  }

  /**
   * Replaces the contacts and company of a deal, open or closed, when the records they name are
   * merged or unmerged; nothing else of the deal changes.
   */
  public Changed<Deal> relink(
      List<DealContact> contacts, @Nullable CompanyId company, Instant at, UserId by) {
    DealDetails relinked =
        new DealDetails(
            details.name(),
            details.amount(),
            details.expectedCloseDate(),
            contacts,
            company,
            details.source(),
            details.customFields(),
            details.forecastOverride());
    return Changed.of(
        new Deal(id, tenant, revision.next(at), relinked, owner, pipeline, stage, history),
        new DealUpdated(tenant, id, at, by));
  }

  /** Gives the deal, open or closed, to another owner; the same owner changes nothing. */
  public Changed<Deal> assign(UserId newOwner, Instant at, UserId by) {
    requireNonNull(newOwner, "owner");
    if (newOwner.equals(owner)) {
      return new Changed<>(this, List.of());
    }
    return Changed.of(
        new Deal(id, tenant, revision.next(at), details, newOwner, pipeline, stage, history),
        new DealOwnerChanged(tenant, id, owner, newOwner, at, by));
  }

  /**
   * Moves an open deal to another open stage of its pipeline, as the pipeline's policy allows.
   *
   * @throws IllegalTransitionException if the policy does not allow the move or the deal is closed
   * @throws TransitionRefusedException if the deal lacks a field the target stage requires
   */
  public Changed<Deal> moveTo(Pipeline current, StageId target, Instant at, UserId by) {
    Changed<Deal> moved = fire(current, StageMove.moveTo(target), null, at, by);
    return Changed.of(
        moved.state(), new DealStageChanged(tenant, id, stage.id(), target, atOrAfter(at), by));
  }

  /**
   * Wins an open deal: it enters the pipeline's won stage.
   *
   * @throws IllegalTransitionException if the deal is closed
   * @throws TransitionRefusedException if the deal lacks a field the won stage requires
   */
  public Changed<Deal> win(Pipeline current, Instant at, UserId by) {
    StageId won = requireNonNull(current, "pipeline").wonStage().id();
    Changed<Deal> moved = fire(current, StageMove.win(won), null, at, by);
    return Changed.of(moved.state(), new DealWon(tenant, id, stage.id(), won, atOrAfter(at), by));
  }

  /**
   * Loses an open deal for {@code reason}, taken from the tenant's lost-deal catalogue.
   *
   * @throws IllegalTransitionException if the deal is closed
   */
  public Changed<Deal> lose(Pipeline current, Reason reason, Instant at, UserId by) {
    requireNonNull(reason, "reason");
    StageId lost = requireNonNull(current, "pipeline").lostStage().id();
    Changed<Deal> moved = fire(current, StageMove.lose(lost), reason.code(), at, by);
    return Changed.of(
        moved.state(),
        new DealLost(tenant, id, stage.id(), lost, reason.code(), atOrAfter(at), by));
  }

  /**
   * Reopens a won or lost deal into open stage {@code target}.
   *
   * @throws IllegalTransitionException if the deal is open
   * @throws TransitionRefusedException if the deal lacks a field the target stage requires
   */
  public Changed<Deal> reopen(Pipeline current, StageId target, Instant at, UserId by) {
    Changed<Deal> moved = fire(current, StageMove.reopen(target), null, at, by);
    return Changed.of(
        moved.state(), new DealReopened(tenant, id, stage.id(), target, atOrAfter(at), by));
  }

  /**
   * Moves the deal out of its stage, which {@code edited} no longer has, into {@code target}: not a
   * sales move, so neither policy nor required fields apply, but it is kept in the history.
   */
  public Changed<Deal> relocate(Pipeline edited, StageId target, Instant at, UserId by) {
    checkArgument(edited.id().equals(pipeline), "deal %s is not in pipeline %s", id, edited.id());
    Stage next = edited.stage(target);
    StageChange change = change(StageChange.Kind.RELOCATED, next, null, at, by);
    return Changed.of(
        withStage(next, change, at),
        new DealRelocated(tenant, id, stage.id(), target, change.at(), by));
  }

  /**
   * Returns this deal with its stage as {@code edited} now defines it (a new name, probability or
   * rotting threshold), as a new version; for {@link PipelineService}, which rewrites the deals of
   * an edited stage in the same unit. Histories keep the probability deals entered with.
   */
  public Deal withStageOf(Pipeline edited, Instant at) {
    checkArgument(edited.id().equals(pipeline), "deal %s is not in pipeline %s", id, edited.id());
    Stage now = edited.stage(stage.id());
    return now.equals(stage)
        ? this
        : new Deal(id, tenant, revision.next(at), details, owner, pipeline, now, history);
  }

  private Changed<Deal> fire(
      Pipeline current, StageMove move, @Nullable String reason, Instant at, UserId by) {
    requireNonNull(current, "pipeline");
    requireNonNull(at, "at");
    requireNonNull(by, "by");
    checkArgument(
        current.id().equals(pipeline),
        "deal %s is in pipeline %s, not in %s",
        id,
        pipeline,
        current.id());
    Instant when = atOrAfter(at);
    Transition<StageId, StageMove> transition =
        DealMachine.fire(current, stage.id(), move, details, when, by);
    Stage next = current.stage(transition.state());
    StageChange change = change(StageChange.Kind.of(move.kind()), next, reason, when, by);
    return new Changed<>(withStage(next, change, when), List.of());
  }

  private StageChange change(
      StageChange.Kind kind, Stage next, @Nullable String reason, Instant at, UserId by) {
    Instant when = atOrAfter(at);
    return new StageChange(
        kind,
        stage.id(),
        next.id(),
        next.probability(),
        when,
        by,
        Duration.between(last().at(), when),
        reason);
  }

  private Deal withStage(Stage next, StageChange change, Instant at) {
    List<StageChange> longer = new ArrayList<>(history.size() + 1);
    longer.addAll(history);
    longer.add(change);
    return new Deal(id, tenant, revision.next(at), details, owner, pipeline, next, longer);
  }

  /** A clock that went backwards must not make time in a stage negative. */
  private Instant atOrAfter(Instant at) {
    Instant latest = last().at();
    return at.isBefore(latest) ? latest : at;
  }

  private StageChange last() {
    return history.get(history.size() - 1);
  }

  private void requireOpen(String action) {
    if (!isOpen()) {
      throw new IllegalTransitionException(
          "deal " + id, stage.name() + " (" + stage.kind() + ")", action, List.of("reopen"));
    }
  }

  private static void checkRequired(Stage stage, DealDetails details) {
    List<DealField> missing = DealMachine.missing(stage, details);
    if (!missing.isEmpty()) {
      throw new ValidationException(
          "deal",
          missing.stream()
              .map(
                  field ->
                      FieldError.of(
                          fieldPath(field), null, "is required in stage '" + stage.name() + "'"))
              .toList());
    }
  }

  private static String fieldPath(DealField field) {
    return switch (field) {
      case AMOUNT -> "amount";
      case EXPECTED_CLOSE_DATE -> "expectedCloseDate";
      case CONTACT -> "contacts";
      case COMPANY -> "company";
    };
  }

  @Override
  public DealId id() {
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

  /** Returns what is known of the deal. */
  public DealDetails details() {
    return details;
  }

  /** Returns the rep who owns it. */
  public UserId owner() {
    return owner;
  }

  /** Returns the pipeline it moves through. */
  public PipelineId pipeline() {
    return pipeline;
  }

  /** Returns the stage it stands in. */
  public Stage stage() {
    return stage;
  }

  /** Returns the id of the stage it stands in. */
  public StageId stageId() {
    return stage.id();
  }

  /** Returns whether it is still being worked. */
  public boolean isOpen() {
    return stage.isOpen();
  }

  /** Returns whether it was won. */
  public boolean isWon() {
    return stage.kind() == StageKind.WON;
  }

  /** Returns whether it was lost. */
  public boolean isLost() {
    return stage.kind() == StageKind.LOST;
  }

  /** Returns the probability that it is won, in percent: its stage's; 100 if won, 0 if lost. */
  public int probability() {
    return stage.probability();
  }

  /** Returns how it counts in the forecast: the rep's choice if open and set, else derived. */
  public ForecastCategory forecastCategory() {
    ForecastCategory override = details.forecastOverride();
    return isOpen() && override != null
        ? override
        : ForecastCategory.derive(stage.kind(), stage.probability());
  }

  /** Returns every stage change, oldest first, starting with its opening. */
  public List<StageChange> history() {
    return history;
  }

  /** Returns when it entered its current stage. */
  public Instant enteredStageAt() {
    return last().at();
  }

  /** Returns when it was won or lost, if it is closed. */
  public Optional<Instant> closedAt() {
    return isOpen() ? Optional.empty() : Optional.of(last().at());
  }

  /** Returns the lost reason code, if it is lost. */
  public Optional<String> lostReason() {
    return isLost() ? Optional.ofNullable(last().reason()) : Optional.empty();
  }

  /** Returns how long it has stood in its current stage at {@code at} (zero before it entered). */
  public Duration timeInStage(Instant at) {
    requireNonNull(at, "at");
    Duration time = Duration.between(enteredStageAt(), at);
    return time.isNegative() ? Duration.ZERO : time;
  }

  /** Returns how long it has existed at {@code at} (zero before it was opened). */
  public Duration age(Instant at) {
    requireNonNull(at, "at");
    Duration age = Duration.between(history.get(0).at(), at);
    return age.isNegative() ? Duration.ZERO : age;
  }

  /**
   * Returns whether the deal is open and has stood in its stage longer than the stage's rotting
   * threshold at {@code at}.
   */
  public boolean isRottingAt(Instant at) {
    Integer days = stage.rottingAfterDays();
    return isOpen() && days != null && timeInStage(at).compareTo(Duration.ofDays(days)) > 0;
  }

  /**
   * Returns the history entry in force at {@code at}: the stage the deal stood in then and the
   * probability it entered it with; empty before the deal was opened.
   */
  public Optional<StageChange> stageAt(Instant at) {
    requireNonNull(at, "at");
    StageChange found = null;
    for (StageChange change : history) {
      if (change.at().isAfter(at)) {
        break;
      }
      found = change;
    }
    return Optional.ofNullable(found);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Deal that
        && id.equals(that.id)
        && tenant.equals(that.tenant)
        && revision.equals(that.revision)
        && details.equals(that.details)
        && owner.equals(that.owner)
        && pipeline.equals(that.pipeline)
        && stage.equals(that.stage)
        && history.equals(that.history);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, tenant, revision.version());
  }

  @Override
  public String toString() {
    return "Deal[" + id + " '" + details.name() + "' in '" + stage.name() + "']";
  }
}
