package io.crmkit.core.sequence;

/**
 * Where an enrollment stands: running its steps, paused by a user, through its last step, or left
 * early for an {@link ExitReason}.
 *
 * @since 0.1
 */
public enum EnrollmentStatus {
  /** Its next step runs when due. */
  ACTIVE,
  /** Its steps wait until a user resumes it. */
  PAUSED,
  /** Every step ran. */
  FINISHED,
  /** It left before its last step, for a reason. */
  EXITED
}
