package io.crmkit.jpa.internal.sequence;

import io.crmkit.core.UserId;
import io.crmkit.core.contact.ContactId;
import io.crmkit.core.sequence.Enrollment;
import io.crmkit.core.sequence.EnrollmentAction;
import io.crmkit.core.sequence.EnrollmentId;
import io.crmkit.core.sequence.EnrollmentStatus;
import io.crmkit.core.sequence.SequenceId;
import io.crmkit.core.sequence.StepRun;
import io.crmkit.core.statemachine.TransitionRecord;
import io.crmkit.jpa.internal.Json;
import java.time.Instant;
import java.util.Arrays;

/** Copies an enrollment into its row, and rebuilds it from its row. */
final class EnrollmentMapper {

  private EnrollmentMapper() {}

  static void write(Enrollment enrollment, EnrollmentEntity row) {
    row.writeTimestamps(enrollment.revision());
    row.sequence = enrollment.sequence().value();
    row.openSequence = enrollment.isOpen() ? enrollment.sequence().value() : null;
    row.contact = enrollment.contact().value();
    row.sender = enrollment.sender().value();
    row.enrolledBy = enrollment.enrolledBy().value();
    row.status = enrollment.status();
    row.nextStep = enrollment.nextStep();
    row.exitReason = enrollment.exitReason().orElse(null);
    row.runs = Json.write(enrollment.runs());
    row.history = Json.write(enrollment.history().stream().map(StatusChange::from).toList());
  }

  static Enrollment read(EnrollmentEntity row) {
    return Enrollment.restore(
        EnrollmentId.of(row.id()),
        row.tenant(),
        row.revision(),
        SequenceId.of(row.sequence),
        ContactId.of(row.contact),
        UserId.of(row.sender),
        UserId.of(row.enrolledBy),
        row.status,
        row.nextStep,
        row.exitReason,
        Arrays.asList(Json.read(row.runs, StepRun[].class)),
        Arrays.stream(Json.read(row.history, StatusChange[].class))
            .map(StatusChange::toRecord)
            .toList());
  }

  /** One move of the status history. */
  record StatusChange(
      EnrollmentStatus from, EnrollmentStatus to, EnrollmentAction action, Instant at, String by) {

    static StatusChange from(TransitionRecord<EnrollmentStatus, EnrollmentAction> record) {
      return new StatusChange(
          record.from(), record.to(), record.event(), record.at(), record.by().value());
    }

    TransitionRecord<EnrollmentStatus, EnrollmentAction> toRecord() {
      return new TransitionRecord<>(from, to, action, at, UserId.of(by));
    }
  }
}
