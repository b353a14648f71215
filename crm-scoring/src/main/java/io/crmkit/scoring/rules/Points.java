package io.crmkit.scoring.rules;

import java.math.BigDecimal;

/**
 * An amount of lead-scoring points, held exactly in hundredths so that sums do not depend on the
 * order in which contributions are added: a decayed contribution is rounded once, when it is
 * computed.
 *
 * @param hundredths the amount in hundredths of a point; negative amounts are penalties
 * @since 0.1
 */
public record Points(long hundredths) implements Comparable<Points> {

  /** No points. */
  public static final Points ZERO = new Points(0);

  /** Returns {@code whole} points. */
  public static Points of(long whole) {
    return new Points(Math.multiplyExact(whole, 100L));
  }

  /** Returns the amount of {@code hundredths} hundredths of a point. */
  public static Points ofHundredths(long hundredths) {
    return new Points(hundredths);
  }

  /** Returns the sum of these points and {@code other}. */
  public Points plus(Points other) {
    return new Points(Math.addExact(hundredths, other.hundredths));
  }

  /** Returns whether these points are at least {@code whole} points. */
  public boolean atLeast(long whole) {
    return hundredths >= whole * 100L;
  }

  /** Returns the amount as an exact decimal with two places, for example {@code 12.50}. */
  public BigDecimal toBigDecimal() {
    return BigDecimal.valueOf(hundredths, 2);
  }

  @Override
  public int compareTo(Points other) {
    return Long.compare(hundredths, other.hundredths);
  }

  @Override
  public String toString() {
    return toBigDecimal().toPlainString();
  }
}
