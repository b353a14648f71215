package io.crmkit.scoring.predictive;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.internal.Quoted;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * One closed lead or deal as a predictive model learns from it: its feature values, whether it was
 * won or lost, and when it was closed.
 *
 * <p>A feature may be absent: CRM records are sparse, and models simply draw no evidence from a
 * missing value.
 *
 * @param features the values by feature name, never null, no null names or values
 * @param outcome how it was closed, never null
 * @param closedAt when it was closed, never null; orders the history for time-ordered evaluation
 * @since 0.1
 */
public record Observation(Map<String, FeatureValue> features, Outcome outcome, Instant closedAt) {

  /** Creates an {@code Observation}, checking its components as the type's comment describes. */
  public Observation {
    requireNonNull(features, "observation features");
    requireNonNull(outcome, "observation outcome");
    requireNonNull(closedAt, "observation closedAt");
    features.forEach(
        (name, value) -> {
          requireNonNull(name, "feature name");
          requireNonNull(value, () -> "value of feature " + Quoted.of(name));
        });
    features = Map.copyOf(features);
  }

  /** Returns the observation of {@code features}, closed as {@code outcome} at {@code closedAt}. */
  public static Observation of(
      Map<String, FeatureValue> features, Outcome outcome, Instant closedAt) {
    return new Observation(features, outcome, closedAt);
  }

  /** Returns the value of the feature named {@code name}, if the observation has one. */
  public Optional<FeatureValue> feature(String name) {
    return Optional.ofNullable(features.get(requireNonNull(name, "feature name")));
  }
}
