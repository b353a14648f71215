package io.crmkit.core.sequence;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;
import static java.util.Objects.requireNonNull;

import io.crmkit.core.Aggregate;
import io.crmkit.core.Revision;
import io.crmkit.core.TenantId;
import io.crmkit.core.UserId;
import io.crmkit.core.contact.ContactId;
import io.crmkit.core.statemachine.StateMachine;
import io.crmkit.core.statemachine.TransitionRecord;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A contact's enrollment in a sales sequence: which step comes next, what the steps did, and its
 * status (active, paused, finished, or exited with a reason). A contact has at most one active or
 * paused enrollment per sequence.
 *
 * <p>Immutable: each command returns the new state. Every change of status goes through {@link
 * #STATUS} and is kept in {@link #history()}.
 *
 * @since 0.1
 */
public final class Enrollment implements Aggregate<EnrollmentId> {

  /** The enrollment status machine. */
  public static final StateMachine<EnrollmentStatus, EnrollmentAction, Enrollment> STATUS =
      StateMachine.<EnrollmentStatus, EnrollmentAction, Enrollment>builder("enrollment status")
          .initial(EnrollmentStatus.ACTIVE)
          .states(EnrollmentStatus.values())
          .terminal(EnrollmentStatus.FINISHED, EnrollmentStatus.EXITED)
          .transition(EnrollmentStatus.ACTIVE, EnrollmentAction.PAUSE, EnrollmentStatus.PAUSED)
          .transition(EnrollmentStatus.PAUSED, EnrollmentAction.RESUME, EnrollmentStatus.ACTIVE)
          .transition(EnrollmentStatus.ACTIVE, EnrollmentAction.FINISH, EnrollmentStatus.FINISHED)
          .transition(
              java.util.EnumSet.of(EnrollmentStatus.ACTIVE, EnrollmentStatus.PAUSED),
              EnrollmentAction.EXIT,
              EnrollmentStatus.EXITED)
          .build();

  private final EnrollmentId id;
  private final TenantId tenant;
  private final Revision revision;
  private final SequenceId sequence;
  private final ContactId contact;
  private final UserId sender;
  private final UserId enrolledBy;
  private final EnrollmentStatus status;
  private final int nextStep;
  private final @Nullable ExitReason exitReason;
  private final List<StepRun> runs;
  private final List<TransitionRecord<EnrollmentStatus, EnrollmentAction>> history;

  private Enrollment(
      EnrollmentId id,
      TenantId tenant,
      Revision revision,
      SequenceId sequence,
      ContactId contact,
      UserId sender,
      UserId enrolledBy,
      EnrollmentStatus status,
      int nextStep,
      @Nullable ExitReason exitReason,
      List<StepRun> runs,
      List<TransitionRecord<EnrollmentStatus, EnrollmentAction>> history) {
    this.id = requireNonNull(id, "id");
    this.tenant = requireNonNull(tenant, "tenant");
    this.revision = requireNonNull(revision, "revision");
    this.sequence = requireNonNull(sequence, "sequence");
    this.contact = requireNonNull(contact, "contact");
    this.sender = requireNonNull(sender, "sender");
    this.enrolledBy = requireNonNull(enrolledBy, "enrolledBy");
    this.status = requireNonNull(status, "status");
    checkArgument(nextStep >= 0, "next step must not be negative: %s", nextStep);
    checkArgument(
        (status == EnrollmentStatus.EXITED) == (exitReason != null),
        "an exited enrollment has an exit reason and no other one has: %s, %s",
        status,
        exitReason);
    this.nextStep = nextStep;
    this.exitReason = exitReason;
    this.runs = List.copyOf(runs);
    this.history = List.copyOf(history);
  }

  /**
   * Returns a new active enrollment of {@code contact} in {@code sequence}, by {@code by}, whose
   * first step comes next.
   */
  public static Enrollment enroll(
      EnrollmentId id,
      TenantId tenant,
      SequenceId sequence,
      ContactId contact,
      UserId sender,
      UserId by,
      Instant at) {
    return new Enrollment(
        id,
        tenant,
        Revision.first(requireNonNull(at, "at")),
        sequence,
        contact,
        sender,
        by,
        EnrollmentStatus.ACTIVE,
        0,
        null,
        List.of(),
        List.of());
  }

  /** Returns an enrollment as an adapter stored it. */
  public static Enrollment restore(
      EnrollmentId id,
      TenantId tenant,
      Revision revision,
      SequenceId sequence,
      ContactId contact,
      UserId sender,
      UserId enrolledBy,
      EnrollmentStatus status,
      int nextStep,
      @Nullable ExitReason exitReason,
      List<StepRun> runs,
      List<TransitionRecord<EnrollmentStatus, EnrollmentAction>> history) {
    return new Enrollment(
        id,
        tenant,
        revision,
        sequence,
        contact,
        sender,
        enrolledBy,
        status,
        nextStep,
        exitReason,
        runs,
        history);
  }

  /**
   * Returns this enrollment after its next step ran as {@code run}; finished if that step was the
   * last of {@code stepCount}.
   *
   * @throws IllegalStateException if it is not active or {@code run} is not its next step
   */
  public Enrollment ran(StepRun run, int stepCount, UserId by) {
    requireNonNull(run, "run");
    checkState(status == EnrollmentStatus.ACTIVE, "enrollment %s is %s", id, status);
    checkState(run.step() == nextStep, "enrollment %s is at step %s, not %s", id, nextStep, run);
    List<StepRun> more = new ArrayList<>(runs);
    more.add(run);
    Enrollment advanced =
        new Enrollment(
            id,
            tenant,
            revision.next(run.at()),
            sequence,
            contact,
            sender,
            enrolledBy,
            status,
            nextStep + 1,
            null,
            more,
            history);
    return advanced.nextStep >= stepCount
        ? advanced.move(EnrollmentAction.FINISH, null, run.at(), by)
        : advanced;
  }

  /**
   * Returns this enrollment finished without running more steps: its sequence was edited to fewer
   * steps than it ran.
   *
   * @throws io.crmkit.core.statemachine.IllegalTransitionException unless active
   */
  public Enrollment finish(Instant at, UserId by) {
    return move(EnrollmentAction.FINISH, null, at, by).touched(at);
  }

  private Enrollment touched(Instant at) {
    return new Enrollment(
        id,
        tenant,
        revision.next(at),
        sequence,
        contact,
        sender,
        enrolledBy,
        status,
        nextStep,
        exitReason,
        runs,
        history);
  }

  /**
   * Returns this enrollment paused.
   *
   * @throws io.crmkit.core.statemachine.IllegalTransitionException unless it is active
   */
  public Enrollment pause(Instant at, UserId by) {
    return move(EnrollmentAction.PAUSE, null, at, by);
  }

  /**
   * Returns this enrollment resumed.
   *
   * @throws io.crmkit.core.statemachine.IllegalTransitionException unless it is paused
   */
  public Enrollment resume(Instant at, UserId by) {
    return move(EnrollmentAction.RESUME, null, at, by);
  }

  /**
   * Returns this enrollment exited for {@code reason}.
   *
   * @throws io.crmkit.core.statemachine.IllegalTransitionException if it is finished or exited
   */
  public Enrollment exit(ExitReason reason, Instant at, UserId by) {
    return move(EnrollmentAction.EXIT, requireNonNull(reason, "reason"), at, by);
  }

  private Enrollment move(
      EnrollmentAction action, @Nullable ExitReason reason, Instant at, UserId by) {
    var transition = STATUS.fire(status, action, this, at, by);
    List<TransitionRecord<EnrollmentStatus, EnrollmentAction>> more = new ArrayList<>(history);
    more.add(transition.record());
    return new Enrollment(
        id,
        tenant,
        action == EnrollmentAction.FINISH ? revision : revision.next(at),
        sequence,
        contact,
        sender,
        enrolledBy,
        transition.record().to(),
        nextStep,
        reason,
        runs,
        more);
  }

  /** Returns whether it is active or paused, the states that keep a contact in the sequence. */
  public boolean isOpen() {
    return status == EnrollmentStatus.ACTIVE || status == EnrollmentStatus.PAUSED;
  }

  @Override
  public EnrollmentId id() {
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

  /** Returns the sequence it runs. */
  public SequenceId sequence() {
    return sequence;
  }

  /** Returns the enrolled contact. */
  public ContactId contact() {
    return contact;
  }

  /** Returns the sequence's sender when it was enrolled, whose daily limit its emails count. */
  public UserId sender() {
    return sender;
  }

  /** Returns who enrolled the contact. */
  public UserId enrolledBy() {
    return enrolledBy;
  }

  /** Returns when the contact was enrolled. */
  public Instant enrolledAt() {
    return revision.createdAt();
  }

  /** Returns its status. */
  public EnrollmentStatus status() {
    return status;
  }

  /** Returns the position of the step that runs next, from 0. */
  public int nextStep() {
    return nextStep;
  }

  /** Returns why it exited, if it did. */
  public Optional<ExitReason> exitReason() {
    return Optional.ofNullable(exitReason);
  }

  /** Returns the steps that ran, in order. */
  public List<StepRun> runs() {
    return runs;
  }

  /** Returns every change of status, oldest first. */
  public List<TransitionRecord<EnrollmentStatus, EnrollmentAction>> history() {
    return history;
  }

  @Override
  public String toString() {
    return "Enrollment[" + id + " " + contact + " in " + sequence + " " + status + "]";
  }
}
