package io.crmkit.core.spi;

import io.crmkit.core.TenantId;
import io.crmkit.core.UserId;
import io.crmkit.core.contact.ContactId;
import io.crmkit.core.sequence.Enrollment;
import io.crmkit.core.sequence.EnrollmentId;
import io.crmkit.core.sequence.SequenceId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The port that keeps enrollments in sales sequences, with at most one open (active or paused)
 * enrollment per contact and sequence.
 *
 * @since 0.1
 */
public interface EnrollmentRepository {

  /**
   * Stores a new enrollment.
   *
   * @throws io.crmkit.core.DuplicateException if it is open and the contact has an open enrollment
   *     in the same sequence
   */
  void insert(Enrollment enrollment);

  /**
   * Stores {@code enrollment}, read at {@code expectedVersion}.
   *
   * @throws io.crmkit.core.ConcurrentUpdateException if the stored version is another
   */
  void update(Enrollment enrollment, long expectedVersion);

  /** Returns the enrollment of {@code tenant} with {@code id}. */
  Optional<Enrollment> find(TenantId tenant, EnrollmentId id);

  /** Returns the enrollments of {@code contact}, oldest first. */
  List<Enrollment> forContact(TenantId tenant, ContactId contact);

  /** Returns the enrollments in {@code sequence}, oldest first. */
  List<Enrollment> forSequence(TenantId tenant, SequenceId sequence);

  /**
   * Returns how many automated emails the enrollments of {@code sender} handed to the gateway at or
   * after {@code from} and before {@code to}.
   */
  int emailsSent(TenantId tenant, UserId sender, Instant from, Instant to);

  /** Deletes the enrollment of {@code tenant} with {@code id}, if there is one. */
  void delete(TenantId tenant, EnrollmentId id);
}
