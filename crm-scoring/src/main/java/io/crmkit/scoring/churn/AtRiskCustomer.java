package io.crmkit.scoring.churn;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.crmkit.scoring.predictive.Contribution;
import java.util.List;

/**
 * A valuable customer whose churn risk has risen: worth a call before they go.
 *
 * @param customer the customer's key, never null
 * @param value what the customer is worth to the business (a lifetime value, a year's spend),
 *     finite
 * @param previousRisk the churn risk as of the earlier instant, in [0, 1]
 * @param risk the churn risk now, in [0, 1]
 * @param reasons the features behind the current risk, largest effect first; never null
 * @param <C> the customer key type
 * @since 0.1
 */
public record AtRiskCustomer<C>(
    C customer, double value, double previousRisk, double risk, List<Contribution> reasons) {

  /** Creates an {@code AtRiskCustomer}, checking its components as the type's comment describes. */
  public AtRiskCustomer {
    requireNonNull(customer, "customer");
    checkArgument(Double.isFinite(value), "value must be finite: %s", value);
    checkArgument(previousRisk >= 0 && previousRisk <= 1, "risk out of [0, 1]: %s", previousRisk);
    checkArgument(risk >= 0 && risk <= 1, "risk out of [0, 1]: %s", risk);
    reasons = List.copyOf(requireNonNull(reasons, "reasons"));
  }

  /** Returns how much the risk rose. */
  public double rise() {
    return risk - previousRisk;
  }

  /** Returns the value times the current risk: what the business stands to lose. */
  public double valueAtRisk() {
    return value * risk;
  }
}
