package io.crmkit.scoring.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The whole numbers (longs) that lie in a decimal range, both ends included, so that a whole number
 * is tested against the range without being made into a decimal.
 *
 * @param low the least whole number in the range
 * @param high the greatest whole number in the range; below {@code low} when there is none
 */
record WholeRange(long low, long high) {

  private static final BigDecimal LEAST = BigDecimal.valueOf(Long.MIN_VALUE);
  private static final BigDecimal GREATEST = BigDecimal.valueOf(Long.MAX_VALUE);
  private static final WholeRange EMPTY = new WholeRange(1, 0);

  /** Returns the longs from {@code min} to {@code max}, both included. */
  static WholeRange within(BigDecimal min, BigDecimal max) {
    BigDecimal low = min.setScale(0, RoundingMode.CEILING);
    BigDecimal high = max.setScale(0, RoundingMode.FLOOR);
    if (low.compareTo(GREATEST) > 0 || high.compareTo(LEAST) < 0 || low.compareTo(high) > 0) {
      return EMPTY;
    }
    return new WholeRange(low.max(LEAST).longValueExact(), high.min(GREATEST).longValueExact());
  }

  /** Returns whether {@code number} lies in the range. */
  boolean contains(long number) {
    return number >= low && number <= high;
  }
}
