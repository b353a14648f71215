package io.crmkit.scoring.predictive;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Builds small histories for tests: {@code won("source", "web")}, {@code times(3, ...)}. */
public final class ObservationFixtures {

  public static final Instant CLOSED_AT = Instant.parse("2026-01-15T10:00:00Z");

  private ObservationFixtures() {}

  /** Returns features from name-value pairs; values are Strings (categories) or Numbers. */
  public static Map<String, FeatureValue> features(Object... namesAndValues) {
    Map<String, FeatureValue> features = new HashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      Object value = namesAndValues[i + 1];
      features.put(
          (String) namesAndValues[i],
          value instanceof Number number
              ? FeatureValue.of(number.doubleValue())
              : FeatureValue.of((String) value));
    }
    return features;
  }

  public static Observation won(Object... namesAndValues) {
    return Observation.of(features(namesAndValues), Outcome.WON, CLOSED_AT);
  }

  public static Observation lost(Object... namesAndValues) {
    return Observation.of(features(namesAndValues), Outcome.LOST, CLOSED_AT);
  }

  public static List<Observation> times(int count, Observation observation) {
    List<Observation> copies = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      copies.add(observation);
    }
    return copies;
  }

  @SafeVarargs
  public static List<Observation> history(List<Observation>... parts) {
    List<Observation> history = new ArrayList<>();
    for (List<Observation> part : parts) {
      history.addAll(part);
    }
    return history;
  }
}
