package io.crmkit.scoring.churn;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.crmkit.scoring.churn.internal.FeatureReader;
import io.crmkit.scoring.predictive.Feature;
import io.crmkit.scoring.predictive.FeatureSchema;
import io.crmkit.scoring.predictive.LogisticRegressionTrainer;
import io.crmkit.scoring.predictive.ModelTrainer;
import io.crmkit.scoring.predictive.Observation;
import io.crmkit.scoring.predictive.Outcome;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The recipe for a {@link ChurnModel}: the declared features, the inactivity that counts as churn,
 * and the learner. Training takes the customers who had bought before a cut-off, reads their
 * features as of the cut-off and labels each churned when they made no purchase in the inactivity
 * window after it; the data must therefore reach past the cut-off by the whole window. Immutable.
 *
 * @since 0.1
 */
public final class ChurnTrainer {

  private final List<ChurnFeature> features;
  private final Duration inactivity;
  private final FeatureSchema schema;
  private final Function<FeatureSchema, ? extends ModelTrainer> learner;

  private ChurnTrainer(
      List<ChurnFeature> features,
      Duration inactivity,
      Function<FeatureSchema, ? extends ModelTrainer> learner) {
    requireNonNull(features, "features");
    requireNonNull(inactivity, "inactivity");
    checkArgument(
        !inactivity.isNegative() && !inactivity.isZero(),
        "the inactivity that counts as churn must be positive: %s",
        inactivity);
    this.features = List.copyOf(features);
    this.inactivity = inactivity;
    this.schema = FeatureSchema.of(this.features.stream().map(ChurnFeature::feature).toList());
    this.learner = requireNonNull(learner, "learner");
  }

  /**
   * Returns the trainer of {@code features} (at least one, unique names) that calls a customer
   * churned after {@code inactivity} without a purchase, learning with the predictive package's
   * regularised logistic regression, whose probabilities are the better calibrated.
   */
  public static ChurnTrainer of(List<ChurnFeature> features, Duration inactivity) {
    return new ChurnTrainer(features, inactivity, LogisticRegressionTrainer::of);
  }

  /**
   * Returns a copy that learns with {@code learner}, such as {@code NaiveBayesTrainer::of}, given
   * the schema of the declared features.
   */
  public ChurnTrainer withLearner(Function<FeatureSchema, ? extends ModelTrainer> learner) {
    return new ChurnTrainer(features, inactivity, learner);
  }

  /** Returns the declared features, in order. */
  public List<ChurnFeature> features() {
    return features;
  }

  /** Returns the window without a purchase that counts as churn. */
  public Duration inactivity() {
    return inactivity;
  }

  /** Returns the schema the predictive model learns from: one {@link Feature} per declaration. */
  public FeatureSchema schema() {
    return schema;
  }

  /**
   * Returns the model learnt from {@code customers} as of {@code cutoff}.
   *
   * @throws io.crmkit.scoring.predictive.InsufficientHistoryException if no customer, or every
   *     customer, churned after the cut-off
   */
  public ChurnModel train(List<? extends CustomerActivity<?>> customers, Instant cutoff) {
    return train(observations(customers, cutoff));
  }

  /** Returns the model learnt from {@code observations} made by {@link #observations}. */
  ChurnModel train(List<Observation> observations) {
    return new ChurnModel(features, inactivity, learner.apply(schema).train(observations));
  }

  /**
   * Returns the labelled observations of the customers who bought before {@code cutoff}: their
   * features as of it, {@link Outcome#WON} when they churned (no purchase in the inactivity window
   * from the cut-off), {@link Outcome#LOST} when they bought again.
   */
  public List<Observation> observations(
      List<? extends CustomerActivity<?>> customers, Instant cutoff) {
    requireNonNull(customers, "customers");
    requireNonNull(cutoff, "cutoff");
    List<Observation> observations = new ArrayList<>();
    for (CustomerActivity<?> customer : customers) {
      requireNonNull(customer, "customer");
      if (FeatureReader.boughtBefore(customer, cutoff)) {
        boolean churned = !FeatureReader.boughtWithin(customer, cutoff, inactivity);
        observations.add(
            Observation.of(
                FeatureReader.read(features, customer, cutoff),
                churned ? Outcome.WON : Outcome.LOST,
                cutoff));
      }
    }
    return observations;
  }
}
