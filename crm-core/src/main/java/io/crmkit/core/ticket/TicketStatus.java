package io.crmkit.core.ticket;

/**
 * Where a ticket stands in its lifecycle, from a request nobody has looked at to a closed case.
 *
 * @since 0.1
 */
public enum TicketStatus {
  /** Received, not yet worked. */
  NEW,
  /** Being worked by the support team. */
  OPEN,
  /** Waiting on the customer; an inbound reply opens it again. */
  PENDING,
  /** Waiting on a third party. */
  ON_HOLD,
  /** Answered; the customer may still reopen it within the reopen window. */
  SOLVED,
  /** Done for good: a closed ticket never changes again. */
  CLOSED;

  /** Returns whether a ticket in this status still asks for work: neither solved nor closed. */
  public boolean isUnsolved() {
    return this != SOLVED && this != CLOSED;
  }
}
