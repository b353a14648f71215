package io.crmkit.core.sequence.internal;

import static com.google.common.base.Preconditions.checkArgument;

import io.crmkit.core.automation.DueItem;
import io.crmkit.core.automation.DueKind;
import io.crmkit.core.sequence.Enrollment;
import io.crmkit.core.sequence.EnrollmentId;
import java.time.Instant;
import java.util.UUID;

/**
 * The due items of sequence steps: their kind, their idempotency key (the enrollment, the step and
 * the enrollment's version when the step was scheduled and the due instant, so that scheduling the
 * same step of the same state twice keeps one item) and their subject, which names the enrollment
 * and the step.
 */
final class StepKeys {

  static final DueKind KIND = DueKind.of("sequence-step");

  private StepKeys() {}

  static String key(Enrollment enrollment, Instant dueAt) {
    return "sequence-step:"
        + enrollment.id()
        + ":"
        + enrollment.nextStep()
        + ":v"
        + enrollment.version()
        + ":"
        + dueAt.getEpochSecond();
  }

  /** Returns the pending item that runs {@code enrollment}'s next step at {@code dueAt}. */
  static DueItem item(Enrollment enrollment, Instant dueAt) {
    return DueItem.pending(
        enrollment.tenant(), key(enrollment, dueAt), KIND, dueAt, subject(enrollment));
  }

  static String subject(Enrollment enrollment) {
    return enrollment.id() + " " + enrollment.nextStep();
  }

  /** The enrollment and step a subject names. */
  record Subject(EnrollmentId enrollment, int step) {

    static Subject parse(String subject) {
      String[] parts = subject.split(" ");
      checkArgument(parts.length == 2, "not a sequence step: %s", subject);
      return new Subject(EnrollmentId.of(UUID.fromString(parts[0])), Integer.parseInt(parts[1]));
    }
  }
}
