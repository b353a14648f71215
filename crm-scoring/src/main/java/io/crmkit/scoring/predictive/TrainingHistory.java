package io.crmkit.scoring.predictive;

import static java.util.Objects.requireNonNull;

import java.util.List;

/** The checks every trainer runs on a history before learning from it. */
final class TrainingHistory {

  private TrainingHistory() {}

  /**
   * Checks that {@code history} holds won and lost observations that all fit {@code schema}.
   *
   * @throws InsufficientHistoryException if it is empty or has only one outcome
   * @throws IllegalArgumentException naming the first observation that does not fit
   */
  static void check(FeatureSchema schema, List<Observation> history) {
    requireNonNull(history, "history");
    long won = 0;
    for (int i = 0; i < history.size(); i++) {
      Observation observation = requireNonNull(history.get(i), "observation " + i);
      try {
        schema.check(observation.features());
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("observation " + i + ": " + e.getMessage(), e);
      }
      if (observation.outcome().isWon()) {
        won++;
      }
    }
    long lost = history.size() - won;
    if (won == 0 || lost == 0) {
      throw new InsufficientHistoryException(won, lost);
    }
  }
}
