package io.crmkit.jpa.internal.sequence;

import io.crmkit.core.sequence.EnrollmentStatus;
import io.crmkit.core.sequence.ExitReason;
import io.crmkit.jpa.internal.AggregateRow;
import io.crmkit.jpa.internal.Json;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An enrollment's row: its sequence, contact, sender and status as columns, its step runs and
 * status history as documents. {@code open_sequence_id} holds the sequence while the enrollment is
 * open and null after, so that the unique constraint on (tenant, contact, open sequence) allows one
 * open enrollment per contact and sequence on every database (nulls never collide).
 */
@Entity(name = "CrmEnrollment")
@Table(name = "crm_enrollment")
class EnrollmentEntity extends AggregateRow {

  /** The kind of record a row holds, as error messages name it. */
  static final String KIND = "enrollment";

  @Column(name = "sequence_id", nullable = false)
  UUID sequence = new UUID(0, 0);

  @Column(name = "open_sequence_id")
  @Nullable UUID openSequence;

  @Column(name = "contact_id", nullable = false)
  UUID contact = new UUID(0, 0);

  @Column(name = "sender_id", length = 128, nullable = false)
  String sender = "";

  @Column(name = "enrolled_by", length = 128, nullable = false)
  String enrolledBy = "";

  @Enumerated(EnumType.STRING)
  @Column(name = "status", length = 16, nullable = false)
  EnrollmentStatus status = EnrollmentStatus.ACTIVE;

  @Column(name = "next_step", nullable = false)
  int nextStep;

  @Enumerated(EnumType.STRING)
  @Column(name = "exit_reason", length = 32)
  @Nullable ExitReason exitReason;

  @Column(name = "runs", length = 1_000_000, nullable = false, columnDefinition = Json.COLUMN)
  String runs = "[]";

  @Column(name = "history", length = 1_000_000, nullable = false, columnDefinition = Json.COLUMN)
  String history = "[]";

  /** For the persistence provider and the repository. */
  protected EnrollmentEntity() {
    super(KIND);
  }
}
