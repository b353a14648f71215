package io.crmkit.scoring.predictive;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.crmkit.core.internal.Quoted;
import java.util.HashSet;
import java.util.List;

/**
 * The description of one feature a predictive model learns from: its name and how its values are
 * turned into evidence (as categories, as ordered levels, or as numbers cut into quantile bins).
 *
 * @since 0.1
 */
public sealed interface Feature
    permits Feature.Categorical,
        Feature.Ordinal,
        Feature.Numeric,
        Feature.Linear,
        Feature.Interaction {

  /** The longest feature name accepted, so that names fit a key column. */
  int MAX_NAME_LENGTH = 100;

  /** Returns the feature's name, unique within its schema. */
  String name();

  /** Returns a feature whose values are unordered categories, such as a lead source. */
  static Feature categorical(String name) {
    return new Categorical(name);
  }

  /**
   * Returns a feature whose values are ordered levels, lowest first, such as pipeline stages: a
   * value counts as having reached its level and every level below it.
   */
  static Feature ordinal(String name, List<String> levels) {
    return new Ordinal(name, levels);
  }

  /**
   * Returns a numeric feature cut into at most {@code bins} quantile bins learned from the training
   * history (fewer when many values are equal).
   */
  static Feature numeric(String name, int bins) {
    return new Numeric(name, bins);
  }

  /**
   * Returns a numeric feature read as a number, with one coefficient per standard deviation of its
   * training values: for an effect that grows steadily with the value, where bins would split the
   * evidence. Logistic regression reads it; naive Bayes, which counts values, does not. A number
   * may be declared both binned and linear, as two features.
   */
  static Feature linear(String name) {
    return new Linear(name);
  }

  /**
   * Returns a feature derived from two others of the same schema: its value is the pair of their
   * values (a category, a level or a bin each), so that a model can learn effects that hold only in
   * combination, such as a source that converts in one season only. Observations do not supply it.
   */
  static Feature interaction(String name, String first, String second) {
    return new Interaction(name, first, second);
  }

  private static void checkName(String name) {
    requireNonNull(name, "feature name");
    checkArgument(!name.isBlank(), "feature name must not be blank: %s", Quoted.of(name));
    checkArgument(
        name.length() <= MAX_NAME_LENGTH,
        "feature name must be at most %s characters: %s",
        MAX_NAME_LENGTH,
        Quoted.of(name));
  }

  /**
   * A feature whose values are unordered categories.
   *
   * @param name the feature's name, 1 to 100 characters, not blank
   * @since 0.1
   */
  record Categorical(String name) implements Feature {

    /** Creates a {@code Categorical}, checking its components as the type's comment describes. */
    public Categorical {
      checkName(name);
    }
  }

  /**
   * A feature whose values are ordered levels, lowest first; a value at one level has also reached
   * every level below it, the way a deal lost in negotiation has passed qualification.
   *
   * @param name the feature's name, 1 to 100 characters, not blank
   * @param levels the levels, lowest first: at least two, distinct, none blank
   * @since 0.1
   */
  record Ordinal(String name, List<String> levels) implements Feature {

    /** Creates an {@code Ordinal}, checking its components as the type's comment describes. */
    public Ordinal {
      checkName(name);
      requireNonNull(levels, "ordinal levels");
      levels = List.copyOf(levels);
      checkArgument(
          levels.size() >= 2,
          "ordinal feature %s needs at least two levels: %s",
          Quoted.of(name),
          levels);
      checkArgument(
          new HashSet<>(levels).size() == levels.size(),
          "ordinal feature %s has repeated levels: %s",
          Quoted.of(name),
          levels);
      for (String level : levels) {
        checkArgument(
            !level.isBlank(), "ordinal feature %s has a blank level: %s", Quoted.of(name), levels);
      }
    }

    /** Returns the position of {@code level}, 0 for the lowest, or -1 when it is not a level. */
    int rank(String level) {
      return levels.indexOf(level);
    }
  }

  /**
   * A numeric feature, cut into quantile bins learned from the training history so that outliers
   * and skewed amounts do not dominate.
   *
   * @param name the feature's name, 1 to 100 characters, not blank
   * @param bins the largest number of bins, 2 to 100
   * @since 0.1
   */
  record Numeric(String name, int bins) implements Feature {

    static final int MAX_BINS = 100;

    /** Creates a {@code Numeric}, checking its components as the type's comment describes. */
    public Numeric {
      checkName(name);
      checkArgument(
          bins >= 2 && bins <= MAX_BINS,
          "numeric feature %s needs 2 to %s bins: %s",
          Quoted.of(name),
          MAX_BINS,
          bins);
    }
  }

  /**
   * A numeric feature read as a number, centred and scaled by the mean and standard deviation of
   * its training values, with one coefficient: the change in log-odds per standard deviation.
   *
   * @param name the feature's name, 1 to 100 characters, not blank
   * @since 0.1
   */
  record Linear(String name) implements Feature {

    /** Creates a {@code Linear}, checking its components as the type's comment describes. */
    public Linear {
      checkName(name);
    }
  }

  /**
   * A feature derived from two other features of the schema, whose value is the pair of their
   * values; it has a value only when both parts do.
   *
   * @param name the feature's name, 1 to 100 characters, not blank
   * @param first the name of the first part: a categorical, ordinal or numeric feature
   * @param second the name of the second part, different from the first
   * @since 0.1
   */
  record Interaction(String name, String first, String second) implements Feature {

    /** Creates an {@code Interaction}, checking its components as the type's comment describes. */
    public Interaction {
      checkName(name);
      checkName(first);
      checkName(second);
      checkArgument(
          !first.equals(second),
          "interaction %s needs two different features, got %s twice",
          Quoted.of(name),
          Quoted.of(first));
    }
  }
}
