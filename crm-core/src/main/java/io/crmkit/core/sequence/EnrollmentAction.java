package io.crmkit.core.sequence;

/**
 * What moves an enrollment from one {@link EnrollmentStatus} to another.
 *
 * @since 0.1
 */
public enum EnrollmentAction {
  /** A user pauses an active enrollment. */
  PAUSE,
  /** A user resumes a paused enrollment. */
  RESUME,
  /** The last step ran. */
  FINISH,
  /** The contact replied, booked a meeting, unsubscribed... or a user unenrolled it. */
  EXIT
}
