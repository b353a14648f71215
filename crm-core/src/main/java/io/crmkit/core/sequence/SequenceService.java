package io.crmkit.core.sequence;

import io.crmkit.core.contact.ContactId;
import java.util.List;
import java.util.Optional;

/**
 * Sales sequences and the enrollments of contacts in them.
 *
 * <pre>{@code
 * Sequence followUp = crm.sequences().create(SequenceDetails.of("Follow-up",
 *     List.of(SequenceStep.email(intro.id()), SequenceStep.waitBusinessDays(2),
 *         SequenceStep.task(SequenceStep.TaskStep.Kind.CALL, "Call about the intro")),
 *     rep, EmailAddress.of("rep@example.com")));
 * Enrollment enrollment = crm.sequences().enroll(followUp.id(), ana.id());
 * crm.automation().runDue(); // runs the steps that are due, each once
 * }</pre>
 *
 * <p>Steps run as due work of kind {@code sequence-step} when {@code crm.automation().runDue()} is
 * called. Before each step the enrollment looks at the contact's timeline: an inbound email or a
 * meeting since it was enrolled ends it ({@link ExitReason#REPLIED}, {@link
 * ExitReason#MEETING_BOOKED}); an automated email the consent ledger refuses ends it as {@link
 * ExitReason#UNSUBSCRIBED}. Other features and the host report the rest through {@link #exit}.
 *
 * <p>Reached through {@link io.crmkit.core.Crm#sequences()}.
 *
 * @since 0.1
 */
public interface SequenceService {

  /**
   * Creates a sequence.
   *
   * @throws io.crmkit.core.DuplicateException if one of the same name exists
   * @throws io.crmkit.core.ValidationException if an email step's template does not exist
   */
  Sequence create(SequenceDetails details);

  /**
   * Replaces a sequence's details; its running enrollments take the new steps as they come.
   *
   * @throws io.crmkit.core.ConcurrentUpdateException if it changed since {@code expectedVersion}
   */
  Sequence edit(SequenceId id, long expectedVersion, SequenceDetails details);

  /** Returns the sequence with {@code id}. */
  Optional<Sequence> find(SequenceId id);

  /** Returns every sequence, oldest first. */
  List<Sequence> list();

  /**
   * Enrolls {@code contact} in {@code sequence}, as the acting user; its first step is due now.
   *
   * @throws io.crmkit.core.NotFoundException if the sequence or the contact does not exist in the
   *     tenant
   * @throws io.crmkit.core.DuplicateException if the contact is active or paused in it already
   */
  Enrollment enroll(SequenceId sequence, ContactId contact);

  /** Pauses an active enrollment: its steps wait until {@link #resume}. */
  Enrollment pause(EnrollmentId id);

  /** Resumes a paused enrollment: its next step is due now. */
  Enrollment resume(EnrollmentId id);

  /** Ends an active or paused enrollment as {@link ExitReason#UNENROLLED}. */
  Enrollment unenroll(EnrollmentId id);

  /**
   * Ends every open enrollment of {@code contact} for {@code reason}: a meeting booked, a deal
   * created or moved, a bounce, an unsubscribe, as the host or another feature learns of it.
   *
   * @return the enrollments it ended
   */
  List<Enrollment> exit(ContactId contact, ExitReason reason);

  /** Returns the enrollment with {@code id}. */
  Optional<Enrollment> findEnrollment(EnrollmentId id);

  /** Returns the enrollments of {@code contact}, oldest first. */
  List<Enrollment> enrollments(ContactId contact);

  /** Returns what {@code sequence} achieved so far. */
  SequenceReport report(SequenceId sequence);
}
