package io.crmkit.scoring.rfm;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * A customer's RFM scores, each 1 to 5 by quintile against the other customers of the analysis: 5
 * is the most recent, most frequent and highest spending fifth, 1 the least.
 *
 * @param recency the recency score, 1 to 5
 * @param frequency the frequency score, 1 to 5
 * @param monetary the monetary score, 1 to 5
 * @since 0.1
 */
public record RfmScore(int recency, int frequency, int monetary) {

  /** Creates a {@code RfmScore}, checking its components as the type's comment describes. */
  public RfmScore {
    checkScore("recency", recency);
    checkScore("frequency", frequency);
    checkScore("monetary", monetary);
  }

  /** Returns the scores {@code recency}, {@code frequency} and {@code monetary}. */
  public static RfmScore of(int recency, int frequency, int monetary) {
    return new RfmScore(recency, frequency, monetary);
  }

  /** Returns the named segment of these scores: see {@link RfmSegment#of}. */
  public RfmSegment segment() {
    return RfmSegment.of(recency, frequency);
  }

  /** Returns the three digits, recency first, for example {@code 543}. */
  public String code() {
    return "" + recency + frequency + monetary;
  }

  private static void checkScore(String name, int score) {
    checkArgument(score >= 1 && score <= 5, "%s score must be 1 to 5: %s", name, score);
  }
}
