package io.crmkit.core.sequence.internal;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.NotFoundException;
import io.crmkit.core.contact.ContactId;
import io.crmkit.core.internal.CrmContext;
import io.crmkit.core.internal.FieldErrors;
import io.crmkit.core.internal.LinkedRecords;
import io.crmkit.core.message.MessageService;
import io.crmkit.core.sequence.Enrollment;
import io.crmkit.core.sequence.EnrollmentId;
import io.crmkit.core.sequence.EnrollmentStatus;
import io.crmkit.core.sequence.ExitReason;
import io.crmkit.core.sequence.Sequence;
import io.crmkit.core.sequence.SequenceDetails;
import io.crmkit.core.sequence.SequenceId;
import io.crmkit.core.sequence.SequenceReport;
import io.crmkit.core.sequence.SequenceService;
import io.crmkit.core.sequence.SequenceStep;
import io.crmkit.core.sequence.StepRun;
import io.crmkit.core.spi.DueWorkRepository;
import io.crmkit.core.spi.EnrollmentRepository;
import io.crmkit.core.spi.SequenceRepository;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * The {@link SequenceService}: keeps sequences and enrollments, and schedules each enrollment's
 * next step as due work in the same unit of work as the change that makes it due.
 */
public final class DefaultSequenceService implements SequenceService {

  private final CrmContext context;
  private final Supplier<SequenceRepository> sequences;
  private final Supplier<EnrollmentRepository> enrollments;
  private final Supplier<DueWorkRepository> dueWork;
  private final LinkedRecords links;
  private final MessageService messages;

  /**
   * @param sequences the sequences, asked for on first use (a storage may keep none)
   * @param enrollments the enrollments, asked for on first use
   * @param dueWork where the steps are scheduled, asked for on first use
   * @param links checks the contacts enrolled against the acting tenant
   * @param messages the stored templates that email steps name
   */
  public DefaultSequenceService(
      CrmContext context,
      Supplier<SequenceRepository> sequences,
      Supplier<EnrollmentRepository> enrollments,
      Supplier<DueWorkRepository> dueWork,
      LinkedRecords links,
      MessageService messages) {
    this.context = requireNonNull(context, "context");
    this.sequences = requireNonNull(sequences, "sequences");
    this.enrollments = requireNonNull(enrollments, "enrollments");
    this.dueWork = requireNonNull(dueWork, "dueWork");
    this.links = requireNonNull(links, "links");
    this.messages = requireNonNull(messages, "messages");
  }

  @Override
  public Sequence create(SequenceDetails details) {
    requireNonNull(details, "details");
    checkTemplates(details);
    Sequence sequence =
        Sequence.create(
            SequenceId.of(context.ids().next()), context.tenant(), details, context.now());
    return context
        .transactions()
        .write(
            events -> {
              sequences.get().insert(sequence);
              return sequence;
            });
  }

  @Override
  public Sequence edit(SequenceId id, long expectedVersion, SequenceDetails details) {
    requireNonNull(id, "id");
    requireNonNull(details, "details");
    checkTemplates(details);
    return context
        .transactions()
        .write(
            events -> {
              Sequence edited = sequence(id).edit(details, context.now());
              sequences.get().update(edited, expectedVersion);
              return edited;
            });
  }

  private void checkTemplates(SequenceDetails details) {
    FieldErrors errors = new FieldErrors();
    List<SequenceStep> steps = details.steps();
    for (int i = 0; i < steps.size(); i++) {
      if (steps.get(i) instanceof SequenceStep.Email email) {
        errors.require(
            messages.findTemplate(email.template()).isPresent(),
            "steps[" + i + "].template",
            email.template(),
            "no such template");
      }
    }
    errors.throwIfAny("sequence " + details.name());
  }

  @Override
  public Optional<Sequence> find(SequenceId id) {
    requireNonNull(id, "id");
    return context
        .transactions()
        .unitOfWork()
        .read(() -> sequences.get().find(context.tenant(), id));
  }

  @Override
  public List<Sequence> list() {
    return context.transactions().unitOfWork().read(() -> sequences.get().all(context.tenant()));
  }

  @Override
  public Enrollment enroll(SequenceId sequence, ContactId contact) {
    requireNonNull(sequence, "sequence");
    requireNonNull(contact, "contact");
    return context
        .transactions()
        .write(
            events -> {
              links.links().contact(contact).require();
              Sequence found = sequence(sequence);
              Instant now = context.now();
              Enrollment enrollment =
                  Enrollment.enroll(
                      EnrollmentId.of(context.ids().next()),
                      context.tenant(),
                      found.id(),
                      contact,
                      found.details().sender(),
                      context.actor(),
                      now);
              enrollments.get().insert(enrollment);
              dueWork.get().add(StepKeys.item(enrollment, now));
              return enrollment;
            });
  }

  @Override
  public Enrollment pause(EnrollmentId id) {
    return change(id, e -> e.pause(context.now(), context.actor()));
  }

  @Override
  public Enrollment resume(EnrollmentId id) {
    return change(id, e -> e.resume(context.now(), context.actor()));
  }

  @Override
  public Enrollment unenroll(EnrollmentId id) {
    return change(id, e -> e.exit(ExitReason.UNENROLLED, context.now(), context.actor()));
  }

  private Enrollment change(EnrollmentId id, UnaryOperator<Enrollment> command) {
    requireNonNull(id, "id");
    return context
        .transactions()
        .write(
            events -> {
              Enrollment read =
                  enrollments
                      .get()
                      .find(context.tenant(), id)
                      .orElseThrow(() -> new NotFoundException("enrollment", id));
              Enrollment changed = command.apply(read);
              enrollments.get().update(changed, read.version());
              if (changed.status() == EnrollmentStatus.ACTIVE) {
                dueWork.get().add(StepKeys.item(changed, context.now()));
              }
              return changed;
            });
  }

  @Override
  public List<Enrollment> exit(ContactId contact, ExitReason reason) {
    requireNonNull(contact, "contact");
    requireNonNull(reason, "reason");
    return context
        .transactions()
        .write(
            events -> {
              links.links().contact(contact).require();
              List<Enrollment> ended = new ArrayList<>();
              for (Enrollment open : enrollments.get().forContact(context.tenant(), contact)) {
                if (open.isOpen()) {
                  Enrollment exited = open.exit(reason, context.now(), context.actor());
                  enrollments.get().update(exited, open.version());
                  ended.add(exited);
                }
              }
              return List.copyOf(ended);
            });
  }

  @Override
  public Optional<Enrollment> findEnrollment(EnrollmentId id) {
    requireNonNull(id, "id");
    return context
        .transactions()
        .unitOfWork()
        .read(() -> enrollments.get().find(context.tenant(), id));
  }

  @Override
  public List<Enrollment> enrollments(ContactId contact) {
    requireNonNull(contact, "contact");
    return context
        .transactions()
        .unitOfWork()
        .read(() -> enrollments.get().forContact(context.tenant(), contact));
  }

  @Override
  public SequenceReport report(SequenceId id) {
    requireNonNull(id, "id");
    return context
        .transactions()
        .unitOfWork()
        .read(
            () -> {
              Sequence sequence = sequence(id);
              List<Enrollment> all = enrollments.get().forSequence(context.tenant(), id);
              int steps = sequence.details().steps().size();
              int[] reached = new int[steps];
              int[] emailed = new int[steps];
              int[] exitedAt = new int[steps + 1];
              Map<EnrollmentStatus, Integer> byStatus = new EnumMap<>(EnrollmentStatus.class);
              Map<ExitReason, Integer> exits = new EnumMap<>(ExitReason.class);
              for (Enrollment enrollment : all) {
                byStatus.merge(enrollment.status(), 1, Integer::sum);
                enrollment.exitReason().ifPresent(reason -> exits.merge(reason, 1, Integer::sum));
                if (enrollment.status() == EnrollmentStatus.EXITED) {
                  exitedAt[Math.min(enrollment.nextStep(), steps)]++;
                }
                for (StepRun run : enrollment.runs()) {
                  if (run.step() < steps) {
                    reached[run.step()]++;
                    emailed[run.step()] += run.emailed() ? 1 : 0;
                  }
                }
              }
              List<SequenceReport.StepReport> lines = new ArrayList<>();
              for (int i = 0; i < steps; i++) {
                lines.add(new SequenceReport.StepReport(i, reached[i], emailed[i], exitedAt[i]));
              }
              return new SequenceReport(
                  id,
                  all.size(),
                  byStatus.getOrDefault(EnrollmentStatus.ACTIVE, 0),
                  byStatus.getOrDefault(EnrollmentStatus.PAUSED, 0),
                  byStatus.getOrDefault(EnrollmentStatus.FINISHED, 0),
                  exits,
                  lines);
            });
  }

  private Sequence sequence(SequenceId id) {
    return sequences
        .get()
        .find(context.tenant(), id)
        .orElseThrow(() -> new NotFoundException("sequence", id));
  }
}
