package io.crmkit.scoring.predictive;

import io.crmkit.core.CrmException;

/**
 * A tenant's closed history that cannot train a predictive model: it has no won or no lost leads or
 * deals yet, so there is nothing to tell them apart by.
 *
 * @since 0.1
 */
public final class InsufficientHistoryException extends CrmException {

  private static final long serialVersionUID = 1L;

  /** How many won deals or leads there were. */
  private final long won;

  /** How many lost ones there were. */
  private final long lost;

  /**
   * @param won how many won observations the history holds
   * @param lost how many lost observations the history holds
   */
  public InsufficientHistoryException(long won, long lost) {
    super(message(won, lost));
    this.won = won;
    this.lost = lost;
  }

  private static String message(long won, long lost) {
    if (won + lost == 0) {
      return "no closed history to train on: a predictive model needs won and lost observations";
    }
    return "a predictive model needs both won and lost observations, but the history has "
        + won
        + " won and "
        + lost
        + " lost";
  }

  /** Returns how many won observations the history holds. */
  public long won() {
    return won;
  }

  /** Returns how many lost observations the history holds. */
  public long lost() {
    return lost;
  }
}
