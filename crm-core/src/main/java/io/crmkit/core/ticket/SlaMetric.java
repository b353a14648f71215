package io.crmkit.core.ticket;

/**
 * What an SLA target measures: the time from one moment of a ticket's life to another, counted only
 * while the ticket's status lets its clock run.
 *
 * @since 0.1
 */
public enum SlaMetric {
  /** From the ticket's arrival to the team's first public reply. */
  FIRST_REPLY,
  /** From a customer's reply to the team's next public reply. */
  NEXT_REPLY,
  /** Between public replies from the team: the customer hears something at least this often. */
  PERIODIC_UPDATE,
  /** From the ticket's arrival to it being solved; a reopen continues the count. */
  RESOLUTION
}
