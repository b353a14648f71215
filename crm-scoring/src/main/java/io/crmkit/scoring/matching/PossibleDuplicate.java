package io.crmkit.scoring.matching;

import static java.util.Objects.requireNonNull;

/**
 * A stored record that may be the same party as the one asked about, with the explanation of why.
 *
 * @param <K> the type of the id
 * @param id the stored record's id, never null
 * @param explanation the fields' levels and weights, never null
 * @since 0.1
 */
public record PossibleDuplicate<K>(K id, MatchExplanation explanation) {

  /**
   * Creates a {@code PossibleDuplicate}, checking its components as the type's comment describes.
   */
  public PossibleDuplicate {
    requireNonNull(id, "id");
    requireNonNull(explanation, "explanation");
  }

  /** Returns the match probability. */
  public double probability() {
    return explanation.probability();
  }
}
