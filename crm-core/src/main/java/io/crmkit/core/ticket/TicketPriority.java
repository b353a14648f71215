package io.crmkit.core.ticket;

/**
 * How urgent a ticket is, from least to most; SLA targets are set per priority.
 *
 * @since 0.1
 */
public enum TicketPriority {
  /** Can wait. */
  LOW,
  /** The usual. */
  NORMAL,
  /** Should come before the usual. */
  HIGH,
  /** Comes first. */
  URGENT;

  /** Returns the next higher priority, or this one if it is already {@link #URGENT}. */
  public TicketPriority raised() {
    return this == URGENT ? URGENT : values()[ordinal() + 1];
  }
}
