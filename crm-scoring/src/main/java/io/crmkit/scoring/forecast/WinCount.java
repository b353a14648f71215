package io.crmkit.scoring.forecast;

/** The running count of won and lost deals in one breakdown of the win rate. */
final class WinCount {

  private long won;
  private long lost;

  void add(boolean wasWon) {
    if (wasWon) {
      won++;
    } else {
      lost++;
    }
  }

  WinRate rate() {
    return new WinRate(won, lost);
  }
}
