package io.crmkit.scoring.churn;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.crmkit.scoring.churn.internal.FeatureReader;
import io.crmkit.scoring.predictive.Prediction;
import io.crmkit.scoring.predictive.PredictiveModel;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A churn model learnt from a tenant's own customers by {@link ChurnTrainer}: it reads the declared
 * features of a customer's activity as of an instant and estimates the probability that the
 * customer makes no purchase in the inactivity window that follows.
 *
 * <p>The predictive model underneath learns "churned" as its positive ("won") outcome, so its
 * contributions read as pushes towards churn. Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class ChurnModel {

  private final List<ChurnFeature> features;
  private final Duration inactivity;
  private final PredictiveModel model;

  ChurnModel(List<ChurnFeature> features, Duration inactivity, PredictiveModel model) {
    this.features = List.copyOf(features);
    this.inactivity = inactivity;
    this.model = model;
  }

  /** Returns the features the model reads, in declaration order. */
  public List<ChurnFeature> features() {
    return features;
  }

  /** Returns the window without a purchase that counts as churn. */
  public Duration inactivity() {
    return inactivity;
  }

  /** Returns the predictive model underneath, whose "won" outcome is churn. */
  public PredictiveModel predictiveModel() {
    return model;
  }

  /**
   * Returns the churn risk of {@code customer} as of {@code asOf}, from what happened before it.
   *
   * @throws IllegalArgumentException if the customer made no purchase before {@code asOf} (a churn
   *     model scores customers, not prospects), or an attribute does not fit its feature
   */
  public <C> ChurnRisk<C> risk(CustomerActivity<C> customer, Instant asOf) {
    requireNonNull(customer, "customer");
    requireNonNull(asOf, "asOf");
    checkArgument(
        FeatureReader.boughtBefore(customer, asOf),
        "customer %s made no purchase before %s",
        customer.customer(),
        asOf);
    Prediction prediction = model.predict(FeatureReader.read(features, customer, asOf));
    return new ChurnRisk<>(
        customer.customer(), prediction.probability(), prediction.contributions());
  }

  /**
   * Returns the churn risk of every customer who made a purchase before {@code asOf}, highest risk
   * first.
   */
  public <C> List<ChurnRisk<C>> risks(List<CustomerActivity<C>> customers, Instant asOf) {
    requireNonNull(customers, "customers");
    List<ChurnRisk<C>> risks = new ArrayList<>();
    for (CustomerActivity<C> customer : customers) {
      if (FeatureReader.boughtBefore(requireNonNull(customer, "customer"), asOf)) {
        risks.add(risk(customer, asOf));
      }
    }
    risks.sort(Comparator.comparingDouble((ChurnRisk<C> risk) -> -risk.probability()));
    return List.copyOf(risks);
  }
}
