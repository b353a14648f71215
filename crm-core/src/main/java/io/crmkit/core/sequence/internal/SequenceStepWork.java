package io.crmkit.core.sequence.internal;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.Crm;
import io.crmkit.core.RecordRef;
import io.crmkit.core.RecordType;
import io.crmkit.core.automation.DueItem;
import io.crmkit.core.automation.DueKind;
import io.crmkit.core.automation.DueWork;
import io.crmkit.core.calendar.BusinessCalendar;
import io.crmkit.core.consent.Channel;
import io.crmkit.core.consent.SendDecision;
import io.crmkit.core.consent.Subscription;
import io.crmkit.core.message.Envelope;
import io.crmkit.core.message.MessageRejectedException;
import io.crmkit.core.message.MissingAddressException;
import io.crmkit.core.message.OutboundMessage;
import io.crmkit.core.sequence.Enrollment;
import io.crmkit.core.sequence.EnrollmentStatus;
import io.crmkit.core.sequence.ExitReason;
import io.crmkit.core.sequence.Sequence;
import io.crmkit.core.sequence.SequenceDetails;
import io.crmkit.core.sequence.SequenceStep;
import io.crmkit.core.sequence.StepRun;
import io.crmkit.core.spi.CrmStorage;
import io.crmkit.core.spi.MessageGateway;
import io.crmkit.core.task.TaskDetails;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Performs one step of one enrollment, the due work of kind {@code sequence-step}. The item runs in
 * the unit of work that marks it done, and the enrollment's next step must be the item's step, so a
 * step runs once however many instances run the due work; an item of an enrollment that is no
 * longer active, or has moved on, does nothing.
 */
public final class SequenceStepWork implements DueWork {

  /** The kind of due work of sequence steps. */
  public static final DueKind KIND = StepKeys.KIND;

  private final CrmStorage storage;
  private final BusinessCalendar calendar;
  private final MessageGateway gateway;
  private final Clock clock;

  /**
   * @param storage where the sequences, enrollments and due work are
   * @param calendar the senders' business calendar, which waits count in
   * @param gateway where automated emails leave
   * @param clock the CRM's clock
   */
  public SequenceStepWork(
      CrmStorage storage, BusinessCalendar calendar, MessageGateway gateway, Clock clock) {
    this.storage = requireNonNull(storage, "storage");
    this.calendar = requireNonNull(calendar, "calendar");
    this.gateway = requireNonNull(gateway, "gateway");
    this.clock = requireNonNull(clock, "clock");
  }

  @Override
  public DueKind kind() {
    return KIND;
  }

  /** Returns true: an email step hands a message to the gateway, which no undo takes back. */
  @Override
  public boolean leavesTheDatabase() {
    return true;
  }

  @Override
  public String perform(DueItem item, Crm crm) {
    StepKeys.Subject subject = StepKeys.Subject.parse(item.subject());
    Optional<Enrollment> found = storage.enrollments().find(item.tenant(), subject.enrollment());
    if (found.isEmpty()) {
      return "skipped: the enrollment no longer exists";
    }
    Enrollment enrollment = found.orElseThrow();
    if (enrollment.status() != EnrollmentStatus.ACTIVE || enrollment.nextStep() != subject.step()) {
      return "skipped: the enrollment is "
          + enrollment.status()
          + " at step "
          + enrollment.nextStep();
    }
    Sequence sequence =
        storage.sequences().find(item.tenant(), enrollment.sequence()).orElseThrow();
    SequenceDetails details = sequence.details();
    Instant now = clock.instant();
    if (subject.step() >= details.steps().size()) {
      storage.enrollments().update(enrollment.finish(now, details.sender()), enrollment.version());
      return "finished: the sequence has no step " + subject.step();
    }
    Optional<ExitReason> exit = ExitSignals.read(crm.timeline(), enrollment);
    if (exit.isPresent()) {
      return exit(enrollment, exit.orElseThrow(), now, details);
    }
    SequenceStep step = details.steps().get(subject.step());
    if (step instanceof SequenceStep.Email email) {
      return email(enrollment, details, email, now, crm);
    }
    if (step instanceof SequenceStep.TaskStep task) {
      crm.tasks()
          .create(
              TaskDetails.builder()
                  .title(task.title())
                  .kind(task.kind().taskKind())
                  .dueAt(now)
                  .about(RecordRef.of(RecordType.CONTACT, enrollment.contact()))
                  .build(),
              details.sender());
      return advance(
          enrollment, details, new StepRun(subject.step(), now, "task created", false), now);
    }
    SequenceStep.Wait wait = (SequenceStep.Wait) step;
    return advance(
        enrollment,
        details,
        new StepRun(subject.step(), now, "waited", false),
        waitEnd(details, wait, now));
  }

  private String email(
      Enrollment enrollment,
      SequenceDetails details,
      SequenceStep.Email email,
      Instant now,
      Crm crm) {
    Instant opening = details.window().nextOpening(now);
    if (!opening.equals(now)) {
      return postpone(enrollment, opening, "outside the sending window");
    }
    Instant dayStart =
        now.atZone(details.window().recipientZone())
            .toLocalDate()
            .atStartOfDay(details.window().recipientZone())
            .toInstant();
    Instant dayEnd = details.window().nextDay(now);
    int sent =
        storage
            .enrollments()
            .emailsSent(enrollment.tenant(), enrollment.sender(), dayStart, dayEnd);
    if (sent >= details.dailyLimit()) {
      return postpone(enrollment, details.window().nextOpening(dayEnd), "daily limit reached");
    }
    // asked immediately before the gateway call
    SendDecision decision =
        crm.consent()
            .maySend(Subscription.of(enrollment.contact(), Channel.EMAIL, details.purpose()));
    if (!decision.allowed()) {
      return exit(enrollment, ExitReason.UNSUBSCRIBED, now, details);
    }
    OutboundMessage message;
    try {
      message =
          crm.messages()
              .compose(email.template(), enrollment.contact(), Envelope.email(details.from()));
    } catch (MissingAddressException noAddress) {
      return advance(
          enrollment,
          details,
          new StepRun(enrollment.nextStep(), now, "skipped: NO_ADDRESS", false),
          now);
    }
    // the step is taken (version checked and written) before the message leaves, which cannot be
    // undone: a runner that read the enrollment before another took the step fails here, unsent
    StepRun emailed = new StepRun(enrollment.nextStep(), now, "emailed", true);
    Enrollment taken = take(enrollment, details, emailed, now);
    try {
      gateway.send(message);
    } catch (MessageRejectedException refused) {
      return exit(taken, ExitReason.BOUNCED, now, details);
    }
    return outcome(emailed);
  }

  private Instant waitEnd(SequenceDetails details, SequenceStep.Wait wait, Instant now) {
    if (wait.businessDays() > 0) {
      return details.businessTime()
          ? calendar.plusBusinessDays(now, wait.businessDays())
          : now.plus(Duration.ofDays(wait.businessDays()));
    }
    Duration hours = Duration.ofHours(wait.businessHours());
    return details.businessTime() ? calendar.plusBusinessTime(now, hours) : now.plus(hours);
  }

  private String advance(
      Enrollment enrollment, SequenceDetails details, StepRun run, Instant next) {
    take(enrollment, details, run, next);
    return outcome(run);
  }

  /** Records {@code run} on the enrollment (version checked) and schedules its next step. */
  private Enrollment take(
      Enrollment enrollment, SequenceDetails details, StepRun run, Instant next) {
    Enrollment advanced = enrollment.ran(run, details.steps().size(), details.sender());
    storage.enrollments().update(advanced, enrollment.version());
    if (advanced.status() == EnrollmentStatus.ACTIVE) {
      storage.dueWork().add(StepKeys.item(advanced, next));
    }
    return advanced;
  }

  private static String outcome(StepRun run) {
    return run.outcome() + " at step " + run.step();
  }

  private String postpone(Enrollment enrollment, Instant to, String why) {
    storage.dueWork().add(StepKeys.item(enrollment, to));
    return "postponed to " + to + ": " + why;
  }

  private String exit(
      Enrollment enrollment, ExitReason reason, Instant now, SequenceDetails details) {
    storage
        .enrollments()
        .update(enrollment.exit(reason, now, details.sender()), enrollment.version());
    return "exited: " + reason;
  }
}
