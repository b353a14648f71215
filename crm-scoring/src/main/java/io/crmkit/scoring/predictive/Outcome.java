package io.crmkit.scoring.predictive;

/**
 * How a lead or deal was closed: the label a predictive model learns to anticipate.
 *
 * @since 0.1
 */
public enum Outcome {
  /** The lead was converted or the deal was won. */
  WON,
  /** The lead was disqualified or the deal was lost. */
  LOST;

  boolean isWon() {
    return this == WON;
  }
}
