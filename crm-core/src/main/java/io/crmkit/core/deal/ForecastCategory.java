package io.crmkit.core.deal;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

/**
 * How a deal counts in the sales forecast: a rep's judgement of how sure it is, coarser than a
 * probability. Derived from the stage unless the deal overrides it.
 *
 * @since 0.1
 */
public enum ForecastCategory {
  /** Open, early: probability below 40. */
  PIPELINE,
  /** Open, could close this period: probability 40 to 69. */
  BEST_CASE,
  /** Open, expected to close: probability 70 or more. */
  COMMIT,
  /** Won. */
  CLOSED,
  /**
   * Lost: left out of every forecast. Not in the usual four categories, but a lost deal must not
   * count as pipeline.
   */
  OMITTED;

  /** The lowest probability of a best-case deal. */
  public static final int BEST_CASE_FROM = 40;

  /** The lowest probability of a commit deal. */
  public static final int COMMIT_FROM = 70;

  /**
   * Returns the category of a deal in a stage of {@code kind} with win {@code probability}.
   *
   * @throws IllegalArgumentException if the probability is outside 0 to 100
   */
  public static ForecastCategory derive(StageKind kind, int probability) {
    requireNonNull(kind, "stage kind");
    checkArgument(
        probability >= 0 && probability <= 100, "probability must be 0 to 100: %s", probability);
    return switch (kind) {
      case WON -> CLOSED;
      case LOST -> OMITTED;
      case OPEN ->
          probability >= COMMIT_FROM
              ? COMMIT
              : probability >= BEST_CASE_FROM ? BEST_CASE : PIPELINE;
    };
  }
}
