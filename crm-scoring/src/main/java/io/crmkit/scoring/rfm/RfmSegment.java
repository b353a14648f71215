package io.crmkit.scoring.rfm;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * The usual named groups of customers by recency (R) and frequency (F) score. Monetary value is
 * left out of the grid, as in the widely used R-F mapping, because it moves with frequency; it
 * still ranks customers within a group.
 *
 * <p>The mapping, rows by R, columns by F:
 *
 * <pre>
 *        F=1          F=2          F=3          F=4          F=5
 * R=5    new          potential    potential    champions    champions
 * R=4    promising    potential    potential    loyal        loyal
 * R=3    about to     about to     need         loyal        loyal
 *        sleep        sleep        attention
 * R=2    hibernating  hibernating  at risk      at risk      can't lose
 * R=1    lost         hibernating  at risk      at risk      can't lose
 * </pre>
 *
 * @since 0.1
 */
public enum RfmSegment {
  /** Bought lately and often: R 5, F 4-5. */
  CHAMPIONS,
  /** Buy often and not long ago: R 3-4, F 4-5. */
  LOYAL_CUSTOMERS,
  /** Recent customers with some repeat purchases: R 4-5, F 2-3. */
  POTENTIAL_LOYALISTS,
  /** Bought for the first time lately: R 5, F 1. */
  NEW_CUSTOMERS,
  /** Recent one-time buyers: R 4, F 1. */
  PROMISING,
  /** Average on both: R 3, F 3. */
  NEED_ATTENTION,
  /** Below average recency and frequency: R 3, F 1-2. */
  ABOUT_TO_SLEEP,
  /** Bought often, but long ago: R 1-2, F 3-4. */
  AT_RISK,
  /** Were among the most frequent, and have not come back: R 1-2, F 5. */
  CANNOT_LOSE_THEM,
  /** Long ago and rarely: R 1-2, F 1-2, except R 1 with F 1. */
  HIBERNATING,
  /** The least recent, one-time buyers: R 1, F 1. */
  LOST;

  /**
   * Returns the segment of a recency and a frequency score, as the grid in the class documentation
   * shows.
   *
   * @throws IllegalArgumentException when a score is outside 1 to 5
   */
  public static RfmSegment of(int recency, int frequency) {
    checkArgument(recency >= 1 && recency <= 5, "recency score must be 1 to 5: %s", recency);
    checkArgument(
        frequency >= 1 && frequency <= 5, "frequency score must be 1 to 5: %s", frequency);
    return switch (recency) {
      case 5 -> frequency == 1 ? NEW_CUSTOMERS : frequency <= 3 ? POTENTIAL_LOYALISTS : CHAMPIONS;
      case 4 -> frequency == 1 ? PROMISING : frequency <= 3 ? POTENTIAL_LOYALISTS : LOYAL_CUSTOMERS;
      case 3 -> frequency <= 2 ? ABOUT_TO_SLEEP : frequency == 3 ? NEED_ATTENTION : LOYAL_CUSTOMERS;
      default -> {
        if (frequency == 5) {
          yield CANNOT_LOSE_THEM;
        }
        if (frequency >= 3) {
          yield AT_RISK;
        }
        yield recency == 1 && frequency == 1 ? LOST : HIBERNATING;
      }
    };
  }
}
