package io.crmkit.scoring.value;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * How far ahead a lifetime value looks and how it discounts the future: a number of periods of
 * equal length, each period's purchases discounted once per period elapsed, as in {@code 12 months
 * of 4.345 weeks at 1% a month}.
 *
 * @param periods how many periods the value covers, 1 to 1,200
 * @param periodLength the length of a period in the customer summaries' time unit, positive
 * @param discountRate the discount rate per period, in [0, 1): 0.01 is 1%
 * @since 0.1
 */
public record ValueHorizon(int periods, double periodLength, double discountRate) {

  /** The most periods a horizon covers: a century of months. */
  public static final int MAX_PERIODS = 1_200;

  /** Creates a {@code ValueHorizon}, checking its components as the type's comment describes. */
  public ValueHorizon {
    checkArgument(
        periods >= 1 && periods <= MAX_PERIODS,
        "a value horizon has 1 to %s periods: %s",
        MAX_PERIODS,
        periods);
    checkArgument(
        Double.isFinite(periodLength) && periodLength > 0,
        "period length must be positive and finite: %s",
        periodLength);
    checkArgument(
        discountRate >= 0 && discountRate < 1,
        "discount rate per period must be in [0, 1): %s",
        discountRate);
  }

  /** Returns the horizon of {@code periods} periods of {@code periodLength} at {@code rate}. */
  public static ValueHorizon of(int periods, double periodLength, double discountRate) {
    return new ValueHorizon(periods, periodLength, discountRate);
  }

  /** Returns the whole horizon's length in the summaries' time unit. */
  public double length() {
    return periods * periodLength;
  }
}
