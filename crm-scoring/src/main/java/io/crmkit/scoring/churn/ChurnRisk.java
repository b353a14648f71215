package io.crmkit.scoring.churn;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.crmkit.scoring.predictive.Contribution;
import java.util.List;

/**
 * A customer's estimated probability of churning (making no purchase in the model's inactivity
 * window), with the reasons: each feature's contribution in log-odds, positive towards churn,
 * largest effect first.
 *
 * @param customer the customer's key, never null
 * @param probability the probability of churning, in [0, 1]
 * @param reasons the features that moved the estimate, largest effect first; never null
 * @param <C> the customer key type
 * @since 0.1
 */
public record ChurnRisk<C>(C customer, double probability, List<Contribution> reasons) {

  /** Creates a {@code ChurnRisk}, checking its components as the type's comment describes. */
  public ChurnRisk {
    requireNonNull(customer, "customer");
    checkArgument(
        probability >= 0 && probability <= 1, "probability must be in [0, 1]: %s", probability);
    reasons = List.copyOf(requireNonNull(reasons, "reasons"));
  }
}
