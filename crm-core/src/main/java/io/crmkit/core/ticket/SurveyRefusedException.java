package io.crmkit.core.ticket;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.CrmException;

/**
 * The refusal of a satisfaction survey answer or resend: no survey, a token that is not the
 * survey's, an expired or already answered survey, or a ticket no longer solved.
 *
 * @since 0.1
 */
public final class SurveyRefusedException extends CrmException {

  private static final long serialVersionUID = 1L;

  private final TicketId ticket;

  /**
   * @param ticket the ticket whose survey was refused
   * @param reason why, in a few words
   */
  public SurveyRefusedException(TicketId ticket, String reason) {
    super("survey of ticket " + requireNonNull(ticket, "ticket") + " refused: " + reason);
    this.ticket = ticket;
  }

  /** Returns the ticket. */
  public TicketId ticket() {
    return ticket;
  }
}
