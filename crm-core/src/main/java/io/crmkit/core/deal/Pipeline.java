package io.crmkit.core.deal;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import io.crmkit.core.Aggregate;
import io.crmkit.core.Changed;
import io.crmkit.core.Revision;
import io.crmkit.core.TenantId;
import io.crmkit.core.UserId;
import io.crmkit.core.deal.PipelineEvent.PipelineCreated;
import io.crmkit.core.deal.PipelineEvent.PipelinePolicyChanged;
import io.crmkit.core.deal.PipelineEvent.PipelineRenamed;
import io.crmkit.core.deal.PipelineEvent.StageAdded;
import io.crmkit.core.deal.PipelineEvent.StageUpdated;
import io.crmkit.core.deal.PipelineEvent.StagesReordered;
import io.crmkit.core.internal.Quoted;
import io.crmkit.core.internal.SearchText;
import io.crmkit.core.internal.TextPolicy;
import io.crmkit.core.statemachine.StateMachine;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A sales process that deals move through: an ordered list of open stages ("Qualification",
 * "Proposal", "Negotiation"...), then one won and one lost stage, and a {@link PipelinePolicy}. A
 * tenant may have several (new business, renewals, partners).
 *
 * <p>The pipeline turns its stages and policy into the deals' {@linkplain #dealMachine() state
 * machine}: from each open stage a deal may move to the next one (and further, or back, as the
 * policy allows), win or lose; from the won and lost stages it may only be reopened into an open
 * stage. Entering a stage is guarded by the stage's required fields. The machine is built once per
 * pipeline version, on first use.
 *
 * <p>A pipeline's name is 1 to {@value #MAX_NAME} characters of one line (well-formed, no control
 * characters); its stages' names follow {@link Stage}'s rule.
 *
 * <p>Editing (rename, add, update, reorder, remove stages) returns a new version. Removing a stage
 * that still holds deals is done by {@link PipelineService#removeStage}, which moves those deals in
 * the same unit of work.
 *
 * @since 0.1
 */
public final class Pipeline implements Aggregate<PipelineId> {

  /** The longest pipeline name. */
  public static final int MAX_NAME = 80;

  /** The most stages a pipeline may have. */
  public static final int MAX_STAGES = 50;

  private final PipelineId id;
  private final TenantId tenant;
  private final Revision revision;
  private final String name;
  private final List<Stage> stages;
  private final PipelinePolicy policy;
  private final Supplier<StateMachine<StageId, StageMove, DealDetails>> machine;

  private Pipeline(
      PipelineId id,
      TenantId tenant,
      Revision revision,
      String name,
      List<Stage> stages,
      PipelinePolicy policy) {
    this.id = requireNonNull(id, "id");
    this.tenant = requireNonNull(tenant, "tenant");
    this.revision = requireNonNull(revision, "revision");
    this.name = checkName(name);
    this.stages = checkStages(this.name, stages);
    this.policy = requireNonNull(policy, "policy");
    this.machine = Suppliers.memoize(() -> DealMachine.build(this));
  }

  /**
   * Creates a pipeline.
   *
   * @param stages the open stages in order, then the won and the lost stage (in either order); at
   *     least one open stage, exactly one won and one lost, ids and names distinct
   * @throws IllegalArgumentException naming the problem if the stages break these rules
   */
  public static Changed<Pipeline> create(
      PipelineId id,
      TenantId tenant,
      String name,
      List<Stage> stages,
      PipelinePolicy policy,
      Instant at,
      UserId by) {
    Pipeline pipeline = new Pipeline(id, tenant, Revision.first(at), name, stages, policy);
    return Changed.of(pipeline, new PipelineCreated(tenant, id, pipeline.name, at, by));
  }

  /** Rebuilds a pipeline from storage; for persistence adapters. */
  public static Pipeline restore(
      PipelineId id,
      TenantId tenant,
      Revision revision,
      String name,
      List<Stage> stages,
      PipelinePolicy policy) {
    return new Pipeline(id, tenant, revision, name, stages, policy);
  }

  /** Renames the pipeline; the same name changes nothing. */
  public Changed<Pipeline> rename(String newName, Instant at, UserId by) {
    String checked = checkName(newName);
    if (checked.equals(name)) {
      return new Changed<>(this, List.of());
    }
    return Changed.of(
        with(revision.next(at), checked, stages, policy),
        new PipelineRenamed(tenant, id, name, checked, at, by));
  }

  /** Changes the policy; the same policy changes nothing. */
  public Changed<Pipeline> updatePolicy(PipelinePolicy newPolicy, Instant at, UserId by) {
    requireNonNull(newPolicy, "policy");
    if (newPolicy.equals(policy)) {
      return new Changed<>(this, List.of());
    }
    return Changed.of(
        with(revision.next(at), name, stages, newPolicy),
        new PipelinePolicyChanged(tenant, id, policy, newPolicy, at, by));
  }

  /**
   * Adds open stage {@code stage} at {@code position} among the open stages (0 puts it first).
   *
   * @throws IllegalArgumentException if the stage is not open, its id or name is taken, or the
   *     position is outside 0 to the number of open stages
   */
  public Changed<Pipeline> addStage(Stage stage, int position, Instant at, UserId by) {
    requireNonNull(stage, "stage");
    checkArgument(
        stage.isOpen(), "only open stages can be added: %s is %s", Quoted.of(stage), stage.kind());
    List<Stage> open = openStages();
    checkArgument(
        position >= 0 && position <= open.size(),
        "stage position must be 0 to %s: %s",
        open.size(),
        position);
    List<Stage> newOpen = new ArrayList<>(open);
    newOpen.add(position, stage);
    return Changed.of(
        with(revision.next(at), name, withClosed(newOpen), policy),
        new StageAdded(tenant, id, stage, position, at, by));
  }

  /**
   * Replaces stage {@code replacement.id()} by {@code replacement}: a new name, probability,
   * required fields or rotting threshold. Deals keep the probability they entered the stage with in
   * their history; their current probability follows the stage.
   *
   * @throws IllegalArgumentException if there is no such stage, its kind changes or the name is
   *     taken
   */
  public Changed<Pipeline> updateStage(Stage replacement, Instant at, UserId by) {
    requireNonNull(replacement, "stage");
    Stage current = stage(replacement.id());
    checkArgument(
        current.kind() == replacement.kind(),
        "stage %s is %s and cannot become %s",
        Quoted.of(current),
        current.kind(),
        replacement.kind());
    if (current.equals(replacement)) {
      return new Changed<>(this, List.of());
    }
    List<Stage> replaced =
        stages.stream().map(s -> s.id().equals(replacement.id()) ? replacement : s).toList();
    return Changed.of(
        with(revision.next(at), name, replaced, policy),
        new StageUpdated(tenant, id, current, replacement, at, by));
  }

  /** Renames stage {@code stage}. */
  public Changed<Pipeline> renameStage(StageId stage, String newName, Instant at, UserId by) {
    return updateStage(stage(stage).withName(newName), at, by);
  }

  /**
   * Puts the open stages in {@code order}; the won and lost stages stay last.
   *
   * @throws IllegalArgumentException unless {@code order} holds every open stage exactly once
   */
  public Changed<Pipeline> reorderStages(List<StageId> order, Instant at, UserId by) {
    requireNonNull(order, "order");
    List<StageId> openIds = openStages().stream().map(Stage::id).toList();
    checkArgument(
        order.size() == openIds.size() && Set.copyOf(order).equals(Set.copyOf(openIds)),
        "new order %s must hold each open stage of pipeline %s exactly once: %s",
        order,
        Quoted.of(name),
        openIds);
    if (order.equals(openIds)) {
      return new Changed<>(this, List.of());
    }
    List<Stage> reordered = order.stream().map(this::stage).toList();
    return Changed.of(
        with(revision.next(at), name, withClosed(reordered), policy),
        new StagesReordered(tenant, id, order, at, by));
  }

  /**
   * Returns this pipeline without open stage {@code stage}; for {@link PipelineService}, which
   * moves the stage's deals in the same unit.
   */
  public Pipeline withoutStage(StageId stage, Instant at) {
    Stage removed = stage(stage);
    checkArgument(
        removed.isOpen(),
        "stage %s is %s: the won and lost stages cannot be removed",
        Quoted.of(removed),
        removed.kind());
    checkArgument(
        openStages().size() > 1,
        "stage %s is the last open stage of pipeline %s and cannot be removed",
        Quoted.of(removed),
        Quoted.of(name));
    List<Stage> rest = stages.stream().filter(s -> !s.id().equals(stage)).toList();
    return with(revision.next(at), name, rest, policy);
  }

  /**
   * Returns the deals' state machine of this version of the pipeline: states are stage ids, events
   * are {@link StageMove}s, and guards read the deal's details. Built on first use, then shared.
   */
  public StateMachine<StageId, StageMove, DealDetails> dealMachine() {
    return machine.get();
  }

  /**
   * Returns stage {@code id} of this pipeline.
   *
   * @throws IllegalArgumentException if the pipeline has no such stage
   */
  public Stage stage(StageId id) {
    requireNonNull(id, "stage id");
    return findStage(id)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "stage " + id + " is not a stage of pipeline " + Quoted.of(name)));
  }

  /** Returns stage {@code id} if this pipeline has it. */
  public Optional<Stage> findStage(StageId id) {
    requireNonNull(id, "stage id");
    return stages.stream().filter(s -> s.id().equals(id)).findFirst();
  }

  /** Returns the stage named {@code stageName} (case and accents ignored), if there is one. */
  public Optional<Stage> stageNamed(String stageName) {
    String folded = SearchText.fold(requireNonNull(stageName, "stage name").strip());
    return stages.stream().filter(s -> SearchText.fold(s.name()).equals(folded)).findFirst();
  }

  /** Returns every stage: the open ones in order, then the won and lost stages. */
  public List<Stage> stages() {
    return stages;
  }

  /** Returns the open stages, in order. */
  public List<Stage> openStages() {
    return stages.stream().filter(Stage::isOpen).toList();
  }

  /** Returns the stage new deals enter unless told otherwise: the first open one. */
  public Stage firstStage() {
    return stages.get(0);
  }

  /** Returns the stage of won deals. */
  public Stage wonStage() {
    return stageOfKind(StageKind.WON);
  }

  /** Returns the stage of lost deals. */
  public Stage lostStage() {
    return stageOfKind(StageKind.LOST);
  }

  /** Returns the policy. */
  public PipelinePolicy policy() {
    return policy;
  }

  /** Returns the name. */
  public String name() {
    return name;
  }

  @Override
  public PipelineId id() {
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

  private Stage stageOfKind(StageKind kind) {
    return stages.stream().filter(s -> s.kind() == kind).findFirst().orElseThrow();
  }

  private List<Stage> withClosed(List<Stage> open) {
    List<Stage> all = new ArrayList<>(open);
    stages.stream().filter(s -> !s.isOpen()).forEach(all::add);
    return all;
  }

  private Pipeline with(
      Revision newRevision, String newName, List<Stage> newStages, PipelinePolicy newPolicy) {
    return new Pipeline(id, tenant, newRevision, newName, newStages, newPolicy);
  }

  private static String checkName(String name) {
    requireNonNull(name, "pipeline name");
    String stripped = name.strip();
    checkArgument(
        !stripped.isEmpty() && stripped.length() <= MAX_NAME,
        "pipeline name must be 1 to %s characters, not blank: %s",
        MAX_NAME,
        Quoted.of(name));
    return TextPolicy.check("pipeline name", stripped, TextPolicy.Kind.LINE);
  }

  private static List<Stage> checkStages(String name, List<Stage> stages) {
    requireNonNull(stages, "stages");
    List<Stage> copy = List.copyOf(stages);
    checkArgument(
        copy.size() <= MAX_STAGES,
        "pipeline %s has %s stages, more than %s",
        Quoted.of(name),
        copy.size(),
        MAX_STAGES);
    List<Stage> open = copy.stream().filter(Stage::isOpen).toList();
    long won = copy.stream().filter(s -> s.kind() == StageKind.WON).count();
    long lost = copy.stream().filter(s -> s.kind() == StageKind.LOST).count();
    checkArgument(
        !open.isEmpty(), "pipeline %s needs at least one open stage: %s", Quoted.of(name), copy);
    checkArgument(
        won == 1 && lost == 1,
        "pipeline %s needs exactly one won and one lost stage: %s",
        Quoted.of(name),
        copy);
    checkArgument(
        copy.subList(0, open.size()).equals(open),
        "pipeline %s must list its open stages before the won and lost stages: %s",
        Quoted.of(name),
        copy);
    Set<StageId> ids = new HashSet<>();
    Set<String> names = new HashSet<>();
    for (Stage stage : copy) {
      checkArgument(
          ids.add(stage.id()), "pipeline %s has stage id %s twice", Quoted.of(name), stage.id());
      checkArgument(
          names.add(SearchText.fold(stage.name())),
          "pipeline %s has two stages named %s",
          Quoted.of(name),
          Quoted.of(stage.name()));
    }
    return copy;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Pipeline that
        && id.equals(that.id)
        && tenant.equals(that.tenant)
        && revision.equals(that.revision)
        && name.equals(that.name)
        && stages.equals(that.stages)
        && policy.equals(that.policy);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, tenant, revision.version());
  }

  @Override
  public String toString() {
    return "Pipeline["
        + id
        + " '"
        + name
        + "' v"
        + revision.version()
        + ": "
        + stages.stream().map(Stage::name).collect(Collectors.joining(" > "))
        + "]";
  }
}
