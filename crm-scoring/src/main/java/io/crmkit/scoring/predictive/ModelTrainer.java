package io.crmkit.scoring.predictive;

import java.util.List;

/**
 * A recipe that turns a tenant's closed history into a predictive model; evaluation utilities train
 * through it, so that any model can be cross-validated the same way.
 *
 * @since 0.1
 */
@FunctionalInterface
public interface ModelTrainer {

  /**
   * Returns the model learned from {@code history}.
   *
   * @param history closed observations, never null; must hold both won and lost ones
   * @throws InsufficientHistoryException if the history is empty or has only one outcome
   * @throws IllegalArgumentException if an observation does not fit the trainer's schema
   */
  PredictiveModel train(List<Observation> history);
}
