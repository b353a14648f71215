package io.crmkit.scoring.forecast;

/**
 * The length of a sales period: a calendar month or a calendar quarter.
 *
 * @since 0.1
 */
public enum PeriodUnit {
  /** A calendar month. */
  MONTH(1),
  /** A calendar quarter: January to March, April to June, and so on. */
  QUARTER(3);

  private final int months;

  PeriodUnit(int months) {
    this.months = months;
  }

  /** Returns how many months a period of this unit spans. */
  public int months() {
    return months;
  }
}
