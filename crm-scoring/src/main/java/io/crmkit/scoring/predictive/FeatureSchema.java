package io.crmkit.scoring.predictive;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.crmkit.core.internal.Quoted;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The features a predictive model learns from, in a fixed order, each with the way its values are
 * read: the contract between the aggregates that supply observations and the models.
 *
 * <p>The order matters only for determinism: models visit features in schema order, so that the
 * same history always gives bit-for-bit the same model.
 *
 * @since 0.1
 */
public final class FeatureSchema {

  private final ImmutableList<Feature> features;
  private final ImmutableMap<String, Feature> byName;

  private FeatureSchema(List<Feature> features) {
    this.features = ImmutableList.copyOf(features);
    ImmutableMap.Builder<String, Feature> names = ImmutableMap.builder();
    features.forEach(feature -> names.put(feature.name(), feature));
    this.byName = names.buildKeepingLast();
    checkArgument(
        byName.size() == this.features.size(),
        "feature names must be unique: %s",
        this.features.stream().map(Feature::name).toList());
    for (Feature feature : this.features) {
      if (feature instanceof Feature.Interaction interaction) {
        checkPart(interaction, interaction.first());
        checkPart(interaction, interaction.second());
      }
    }
  }

  private void checkPart(Feature.Interaction interaction, String part) {
    Feature feature = byName.get(part);
    checkArgument(
        feature != null,
        "interaction %s refers to %s, which is not in the schema %s",
        Quoted.of(interaction.name()),
        Quoted.of(part),
        byName.keySet());
    checkArgument(
        !(feature instanceof Feature.Interaction),
        "interaction %s refers to %s, which is itself an interaction",
        Quoted.of(interaction.name()),
        Quoted.of(part));
    checkArgument(
        !(feature instanceof Feature.Linear),
        "interaction %s refers to %s, which is linear: combine a binned feature instead",
        Quoted.of(interaction.name()),
        Quoted.of(part));
  }

  /** Returns the schema of {@code features}, at least one, with unique names. */
  public static FeatureSchema of(Feature... features) {
    requireNonNull(features, "features");
    return of(Arrays.asList(features));
  }

  /** Returns the schema of {@code features}, at least one, with unique names. */
  public static FeatureSchema of(List<Feature> features) {
    requireNonNull(features, "features");
    checkArgument(!features.isEmpty(), "a feature schema needs at least one feature");
    features.forEach(feature -> requireNonNull(feature, "feature"));
    return new FeatureSchema(features);
  }

  /** Returns the features, in schema order. */
  public List<Feature> features() {
    return features;
  }

  /** Returns the feature named {@code name}, if the schema has one. */
  public Optional<Feature> feature(String name) {
    return Optional.ofNullable(byName.get(requireNonNull(name, "feature name")));
  }

  /**
   * Checks that every value in {@code values} belongs to a feature of this schema and fits it.
   *
   * @throws IllegalArgumentException naming the first offending feature and value
   */
  void check(Map<String, FeatureValue> values) {
    requireNonNull(values, "feature values");
    values.forEach(
        (name, value) -> {
          requireNonNull(name, "feature name");
          requireNonNull(value, () -> "value of feature " + Quoted.of(name));
          Feature feature = byName.get(name);
          checkArgument(
              feature != null,
              "unknown feature %s: the schema has %s",
              Quoted.of(name),
              byName.keySet());
          checkFits(feature, value);
        });
  }

  /** Checks that {@code value} fits {@code feature}, naming both when it does not. */
  static void checkFits(Feature feature, FeatureValue value) {
    if (feature instanceof Feature.Interaction interaction) {
      throw new IllegalArgumentException(
          String.format(
              "feature '%s' is the interaction of '%s' and '%s': supply its parts, not a value",
              feature.name(), interaction.first(), interaction.second()));
    }
    if (feature instanceof Feature.Numeric || feature instanceof Feature.Linear) {
      checkArgument(
          value instanceof FeatureValue.Numeric,
          "feature %s is numeric, but its value is the category %s",
          Quoted.of(feature.name()),
          Quoted.of(value));
    } else {
      checkArgument(
          value instanceof FeatureValue.Categorical,
          "feature %s is categorical, but its value is the number %s",
          Quoted.of(feature.name()),
          value);
      if (feature instanceof Feature.Ordinal ordinal) {
        checkArgument(
            ordinal.rank(value.toString()) >= 0,
            "feature %s has no level %s: its levels are %s",
            Quoted.of(feature.name()),
            Quoted.of(value),
            ordinal.levels());
      }
    }
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof FeatureSchema schema && features.equals(schema.features);
  }

  @Override
  public int hashCode() {
    return features.hashCode();
  }

  @Override
  public String toString() {
    return "FeatureSchema" + features;
  }
}
