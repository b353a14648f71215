package io.crmkit.core.ticket;

/**
 * What moves a ticket from one {@link TicketStatus} to another.
 *
 * @since 0.1
 */
public enum TicketAction {
  /** Starts or resumes work: to open. */
  OPEN,
  /** Waits on the customer: to pending. */
  PEND,
  /** Waits on a third party: to on hold. */
  HOLD,
  /** Answers the request: to solved. */
  SOLVE,
  /** Brings a solved ticket back to open, within the reopen window. */
  REOPEN,
  /** Closes a solved ticket for good. */
  CLOSE
}
