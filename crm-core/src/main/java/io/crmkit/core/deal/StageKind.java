package io.crmkit.core.deal;

/**
 * Whether a stage of a pipeline is still being worked or closes the deal.
 *
 * @since 0.1
 */
public enum StageKind {
  /** The deal is being worked; it counts in the forecast with the stage's win probability. */
  OPEN,
  /** The deal was won: probability 100. */
  WON,
  /** The deal was lost: probability 0. */
  LOST;

  /** Returns whether the deal is closed in a stage of this kind. */
  public boolean isClosed() {
    return this != OPEN;
  }
}
