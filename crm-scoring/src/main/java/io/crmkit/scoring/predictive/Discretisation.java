package io.crmkit.scoring.predictive;

import com.google.common.collect.ImmutableMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The learned mapping from raw feature values to the discrete levels models count: a category stays
 * itself, an ordinal value is its level, and a number falls into a quantile bin learned from the
 * training history.
 */
final class Discretisation {

  private final FeatureSchema schema;
  private final ImmutableMap<String, QuantileBins> bins;

  private Discretisation(FeatureSchema schema, ImmutableMap<String, QuantileBins> bins) {
    this.schema = schema;
    this.bins = bins;
  }

  /** Returns the discretisation of {@code schema} with the bins of each numeric feature given. */
  static Discretisation restore(FeatureSchema schema, ImmutableMap<String, QuantileBins> bins) {
    return new Discretisation(schema, bins);
  }

  /** Returns the bins of each numeric feature, in schema order. */
  ImmutableMap<String, QuantileBins> allBins() {
    return bins;
  }

  /** Learns the quantile bins of every numeric feature of {@code schema} from {@code history}. */
  static Discretisation learn(FeatureSchema schema, List<Observation> history) {
    ImmutableMap.Builder<String, QuantileBins> bins = ImmutableMap.builder();
    for (Feature feature : schema.features()) {
      if (feature instanceof Feature.Numeric numeric) {
        double[] values =
            history.stream()
                .map(observation -> observation.features().get(numeric.name()))
                .filter(FeatureValue.Numeric.class::isInstance)
                .mapToDouble(value -> ((FeatureValue.Numeric) value).value())
                .toArray();
        bins.put(numeric.name(), QuantileBins.learn(values, numeric.bins()));
      }
    }
    return new Discretisation(schema, bins.build());
  }

  /**
   * Returns the level of {@code feature} in {@code features} as models count it and contributions
   * show it, or null when the feature (or a part of an interaction) has no value.
   */
  @Nullable String label(Feature feature, Map<String, FeatureValue> features) {
    if (feature instanceof Feature.Interaction interaction) {
      String first = label(schema.feature(interaction.first()).orElseThrow(), features);
      String second = label(schema.feature(interaction.second()).orElseThrow(), features);
      return first == null || second == null ? null : first + " & " + second;
    }
    FeatureValue value = features.get(feature.name());
    return value == null ? null : label(feature, value);
  }

  private String label(Feature feature, FeatureValue value) {
    if (feature instanceof Feature.Linear) {
      return QuantileBins.format(((FeatureValue.Numeric) value).value());
    }
    if (feature instanceof Feature.Numeric) {
      QuantileBins featureBins = bins(feature);
      return featureBins.label(featureBins.bin(((FeatureValue.Numeric) value).value()));
    }
    return ((FeatureValue.Categorical) value).value();
  }

  /** Returns the bins learned for the numeric {@code feature}. */
  QuantileBins bins(Feature feature) {
    QuantileBins featureBins = bins.get(feature.name());
    if (featureBins == null) {
      throw new IllegalStateException("no bins learned for feature '" + feature.name() + "'");
    }
    return featureBins;
  }
}
