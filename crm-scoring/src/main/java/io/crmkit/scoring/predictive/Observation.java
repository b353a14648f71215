package io.crmkit.scoring.predictive;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.internal.Quoted;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One closed lead or deal as a predictive model learns from it: its feature values, whether it was
 * won or lost, and, when the data says so, when it was closed.
 *
 * <p>A feature may be absent: CRM records are sparse, and models simply draw no evidence from a
 * missing value. The closing instant is absent too when the data has none (a survey, a file of
 * calls without dates): such an observation is never given a made-up instant, and a {@linkplain
 * io.crmkit.scoring.predictive.evaluation.TimeOrderedSplit#of time-ordered split} refuses it, while
 * a {@linkplain io.crmkit.scoring.predictive.evaluation.TimeOrderedSplit#inGivenOrder split in the
 * given order} accepts it. Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class Observation {

  private final Map<String, FeatureValue> features;
  private final Outcome outcome;
  private final @Nullable Instant closedAt;

  private Observation(
      Map<String, FeatureValue> features, Outcome outcome, @Nullable Instant closedAt) {
    requireNonNull(features, "observation features");
    requireNonNull(outcome, "observation outcome");
    features.forEach(
        (name, value) -> {
          requireNonNull(name, "feature name");
          requireNonNull(value, () -> "value of feature " + Quoted.of(name));
        });
    this.features = Map.copyOf(features);
    this.outcome = outcome;
    this.closedAt = closedAt;
  }

  /**
   * Returns the observation of {@code features}, closed as {@code outcome} at {@code closedAt}.
   *
   * @param features the values by feature name, never null, no null names or values
   * @param outcome how it was closed, never null
   * @param closedAt when it was closed, never null; orders the history for time-ordered evaluation
   */
  public static Observation of(
      Map<String, FeatureValue> features, Outcome outcome, Instant closedAt) {
    return new Observation(features, outcome, requireNonNull(closedAt, "observation closedAt"));
  }

  /**
   * Returns the observation of {@code features}, closed as {@code outcome} at no known instant.
   *
   * @param features the values by feature name, never null, no null names or values
   * @param outcome how it was closed, never null
   */
  public static Observation of(Map<String, FeatureValue> features, Outcome outcome) {
    return new Observation(features, outcome, null);
  }

  /** Returns the feature values by name, unmodifiable. */
  public Map<String, FeatureValue> features() {
    return features;
  }

  /** Returns how the lead or deal was closed. */
  public Outcome outcome() {
    return outcome;
  }

  /** Returns when the lead or deal was closed, or empty when the data does not say. */
  public Optional<Instant> closedAt() {
    return Optional.ofNullable(closedAt);
  }

  /** Returns the value of the feature named {@code name}, if the observation has one. */
  public Optional<FeatureValue> feature(String name) {
    return Optional.ofNullable(features.get(requireNonNull(name, "feature name")));
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Observation observation
        && features.equals(observation.features)
        && outcome == observation.outcome
        && Objects.equals(closedAt, observation.closedAt);
  }

  @Override
  public int hashCode() {
    return Objects.hash(features, outcome, closedAt);
  }

  @Override
  public String toString() {
    return "Observation[features="
        + features
        + ", outcome="
        + outcome
        + ", closedAt="
        + (closedAt == null ? "unknown" : closedAt)
        + "]";
  }
}
