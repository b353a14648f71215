package io.crmkit.scoring.matching;

import static java.util.Objects.requireNonNull;

/**
 * Two records compared, with the explanation of their weight: what a scan reports for each pair it
 * calls a duplicate, and what a merge reads to decide.
 *
 * @param <K> the type of the records' ids
 * @param first the id of one record, never null
 * @param second the id of the other, never null
 * @param explanation the fields' levels and weights, never null
 * @since 0.1
 */
public record ScoredPair<K>(K first, K second, MatchExplanation explanation) {

  /** Creates a {@code ScoredPair}, checking its components as the type's comment describes. */
  public ScoredPair {
    requireNonNull(first, "first");
    requireNonNull(second, "second");
    requireNonNull(explanation, "explanation");
  }

  /** Returns the match weight in bits. */
  public double weight() {
    return explanation.weight();
  }

  /** Returns the match probability. */
  public double probability() {
    return explanation.probability();
  }
}
