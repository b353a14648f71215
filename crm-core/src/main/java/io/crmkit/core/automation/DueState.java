package io.crmkit.core.automation;

/**
 * Where a piece of due work stands: waiting for its instant, done, or failed (its work threw; it is
 * not tried again).
 *
 * @since 0.1
 */
public enum DueState {
  /** Waiting to be claimed once due. */
  PENDING,
  /** Performed; its effects committed with this state. */
  DONE,
  /** Its work threw; the reason is kept as its outcome. */
  FAILED
}
