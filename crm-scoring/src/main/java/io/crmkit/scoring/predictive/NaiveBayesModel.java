package io.crmkit.scoring.predictive;

import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * A naive Bayes lead-scoring model: the log-odds of winning are the prior log-odds of the history
 * plus, for each feature, the log-likelihood ratio of the lead's value among won versus lost
 * observations. Each ratio is that feature's contribution, which makes the score easy to explain.
 *
 * <p>Built by {@link NaiveBayesTrainer}; immutable and thread-safe.
 *
 * @since 0.1
 */
public final class NaiveBayesModel implements PredictiveModel {

  private final FeatureSchema schema;
  private final Discretisation discretisation;
  private final double prior;
  private final ImmutableMap<String, Map<String, Double>> evidence;

  NaiveBayesModel(
      FeatureSchema schema,
      Discretisation discretisation,
      double prior,
      ImmutableMap<String, Map<String, Double>> evidence) {
    this.schema = schema;
    this.discretisation = discretisation;
    this.prior = prior;
    this.evidence = evidence;
  }

  @Override
  public FeatureSchema schema() {
    return schema;
  }

  /** Returns the discretisation of the numeric features, for the model document. */
  Discretisation discretisation() {
    return discretisation;
  }

  /** Returns the log-likelihood ratios by feature, then value, in schema order. */
  ImmutableMap<String, Map<String, Double>> evidence() {
    return evidence;
  }

  /** Returns the log-odds of winning in the training history, before any feature is considered. */
  public double priorLogOdds() {
    return prior;
  }

  /**
   * Returns the log-likelihood ratio of {@code value} of {@code feature} (a category, an ordinal
   * level, or a bin label), or empty when the value was unseen or below the minimum support.
   */
  public OptionalDouble logLikelihoodRatio(String feature, String value) {
    Map<String, Double> ratios = evidence.get(feature);
    Double ratio = ratios == null ? null : ratios.get(value);
    return ratio == null ? OptionalDouble.empty() : OptionalDouble.of(ratio);
  }

  @Override
  public Prediction predict(Map<String, FeatureValue> features) {
    schema.check(features);
    List<Contribution> contributions = new ArrayList<>();
    for (Feature feature : schema.features()) {
      String label = discretisation.label(feature, features);
      if (label != null) {
        Double ratio = evidence.get(feature.name()).get(label);
        if (ratio != null) {
          contributions.add(new Contribution(feature.name(), label, ratio));
        }
      }
    }
    return Prediction.fromLogOdds(prior, contributions);
  }

  @Override
  public String toString() {
    return "NaiveBayesModel[prior=" + prior + ", evidence=" + evidence + "]";
  }
}
