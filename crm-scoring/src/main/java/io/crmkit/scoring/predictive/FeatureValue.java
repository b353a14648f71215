package io.crmkit.scoring.predictive;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.crmkit.core.internal.Quoted;

/**
 * The value of one feature of a lead or deal, as a predictive model sees it: either a category
 * (source, industry, stage) or a number (age, amount, number of calls).
 *
 * @since 0.1
 */
public sealed interface FeatureValue permits FeatureValue.Categorical, FeatureValue.Numeric {

  /** Returns the categorical value {@code category}, which must not be blank. */
  static FeatureValue of(String category) {
    return new Categorical(category);
  }

  /** Returns the numeric value {@code number}, which must be finite. */
  static FeatureValue of(double number) {
    return new Numeric(number);
  }

  /**
   * A category: one of a set of labels with no arithmetic between them, such as a lead source, or a
   * level of an ordinal feature such as a pipeline stage.
   *
   * @param value the label, 1 to 200 characters, not blank
   * @since 0.1
   */
  record Categorical(String value) implements FeatureValue {

    static final int MAX_LENGTH = 200;

    /** Creates a {@code Categorical}, checking its components as the type's comment describes. */
    public Categorical {
      requireNonNull(value, "categorical feature value");
      checkArgument(
          !value.isBlank(), "categorical feature value must not be blank: %s", Quoted.of(value));
      checkArgument(
          value.length() <= MAX_LENGTH,
          "categorical feature value must be at most %s characters: %s",
          MAX_LENGTH,
          Quoted.of(value));
    }

    @Override
    public String toString() {
      return value;
    }
  }

  /**
   * A number, such as an amount or a count; models bin it, so only its order matters.
   *
   * @param value the number, finite (never NaN or infinite)
   * @since 0.1
   */
  record Numeric(double value) implements FeatureValue {

    /** Creates a {@code Numeric}, checking its components as the type's comment describes. */
    public Numeric {
      checkArgument(Double.isFinite(value), "numeric feature value must be finite: %s", value);
    }

    @Override
    public String toString() {
      return String.valueOf(value);
    }
  }
}
