package io.crmkit.scoring.predictive;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The recipe for a {@link NaiveBayesModel}: how much additive smoothing to apply and how often a
 * value must occur before it counts as evidence. Immutable; {@code with} methods return copies.
 *
 * <p>Counting follows Odoo's predictive lead scoring: for each feature value, how many won and how
 * many lost observations had it. An ordinal value counts for its level and every level below it
 * ("reached at least this stage"), so a deal lost in negotiation still counts as having been
 * qualified.
 *
 * @since 0.1
 */
public final class NaiveBayesTrainer implements ModelTrainer {

  /** The smoothing a new trainer applies: one imaginary observation per value (Laplace). */
  public static final double DEFAULT_SMOOTHING = 1.0;

  /** The support a new trainer requires: values seen fewer times are ignored. */
  public static final int DEFAULT_MINIMUM_SUPPORT = 5;

  private final FeatureSchema schema;
  private final double smoothing;
  private final int minimumSupport;

  private NaiveBayesTrainer(FeatureSchema schema, double smoothing, int minimumSupport) {
    this.schema = requireNonNull(schema, "schema");
    for (Feature feature : schema.features()) {
      checkArgument(
          !(feature instanceof Feature.Linear),
          "naive Bayes counts values and reads no linear feature: declare %s binned",
          io.crmkit.core.internal.Quoted.of(feature.name()));
    }
    checkArgument(
        Double.isFinite(smoothing) && smoothing > 0,
        "smoothing must be positive and finite: %s",
        smoothing);
    checkArgument(minimumSupport >= 1, "minimum support must be at least 1: %s", minimumSupport);
    this.smoothing = smoothing;
    this.minimumSupport = minimumSupport;
  }

  /** Returns a trainer for {@code schema} with the default smoothing and minimum support. */
  public static NaiveBayesTrainer of(FeatureSchema schema) {
    return new NaiveBayesTrainer(schema, DEFAULT_SMOOTHING, DEFAULT_MINIMUM_SUPPORT);
  }

  /** Returns a copy that adds {@code smoothing} (positive) to every count. */
  public NaiveBayesTrainer withSmoothing(double smoothing) {
    return new NaiveBayesTrainer(schema, smoothing, minimumSupport);
  }

  /**
   * Returns a copy that ignores values seen in fewer than {@code minimumSupport} (at least 1)
   * observations, whose counts say more about chance than about the tenant's customers.
   */
  public NaiveBayesTrainer withMinimumSupport(int minimumSupport) {
    return new NaiveBayesTrainer(schema, smoothing, minimumSupport);
  }

  @Override
  public NaiveBayesModel train(List<Observation> history) {
    TrainingHistory.check(schema, history);
    Discretisation discretisation = Discretisation.learn(schema, history);
    long won = history.stream().filter(observation -> observation.outcome().isWon()).count();
    double prior = Math.log((double) won / (history.size() - won));
    ImmutableMap.Builder<String, Map<String, Double>> evidence = ImmutableMap.builder();
    for (Feature feature : schema.features()) {
      evidence.put(
          feature.name(),
          feature instanceof Feature.Ordinal ordinal
              ? ordinalEvidence(ordinal, history)
              : valueEvidence(feature, discretisation, history));
    }
    return new NaiveBayesModel(schema, discretisation, prior, evidence.build());
  }

  /**
   * Log-likelihood ratios of the values of a categorical, binned numeric or interaction feature.
   */
  private Map<String, Double> valueEvidence(
      Feature feature, Discretisation discretisation, List<Observation> history) {
    // sorted, so that the model (and its toString) never depends on hash order
    Map<String, long[]> counts = new TreeMap<>();
    long[] present = new long[2];
    for (Observation observation : history) {
      String label = discretisation.label(feature, observation.features());
      if (label != null) {
        int outcome = observation.outcome().isWon() ? 0 : 1;
        counts.computeIfAbsent(label, unused -> new long[2])[outcome]++;
        present[outcome]++;
      }
    }
    double values = counts.size();
    ImmutableMap.Builder<String, Double> ratios = ImmutableMap.builder();
    counts.forEach(
        (label, count) -> {
          if (count[0] + count[1] >= minimumSupport) {
            ratios.put(
                label, logRatio(count[0], present[0], count[1], present[1], smoothing * values));
          }
        });
    return ratios.build();
  }

  /** Log-likelihood ratios of "reached at least this level" for each level of an ordinal. */
  private Map<String, Double> ordinalEvidence(Feature.Ordinal feature, List<Observation> history) {
    int levels = feature.levels().size();
    long[][] reached = new long[2][levels];
    long[] present = new long[2];
    for (Observation observation : history) {
      FeatureValue value = observation.features().get(feature.name());
      if (value != null) {
        int outcome = observation.outcome().isWon() ? 0 : 1;
        int rank = feature.rank(value.toString());
        for (int level = 0; level <= rank; level++) {
          reached[outcome][level]++;
        }
        present[outcome]++;
      }
    }
    ImmutableMap.Builder<String, Double> ratios = ImmutableMap.builder();
    for (int level = 0; level < levels; level++) {
      if (reached[0][level] + reached[1][level] >= minimumSupport) {
        // each level is a yes/no event (reached or not), hence two outcomes to smooth over
        ratios.put(
            feature.levels().get(level),
            logRatio(reached[0][level], present[0], reached[1][level], present[1], 2 * smoothing));
      }
    }
    return ratios.build();
  }

  private double logRatio(
      long wonCount, long wonTotal, long lostCount, long lostTotal, double totalSmoothing) {
    double wonLikelihood = (wonCount + smoothing) / (wonTotal + totalSmoothing);
    double lostLikelihood = (lostCount + smoothing) / (lostTotal + totalSmoothing);
    return Math.log(wonLikelihood) - Math.log(lostLikelihood);
  }

  @Override
  public String toString() {
    return "NaiveBayesTrainer[smoothing="
        + smoothing
        + ", minimumSupport="
        + minimumSupport
        + ", "
        + schema
        + "]";
  }
}
