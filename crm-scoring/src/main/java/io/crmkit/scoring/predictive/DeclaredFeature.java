package io.crmkit.scoring.predictive;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.crmkit.core.internal.Quoted;
import org.jspecify.annotations.Nullable;

/**
 * One feature of a {@link FeatureDocument}: the record field it reads (its {@linkplain RecordFacts
 * fact path}), how its values are read (the schema's {@link Feature}), and what a record without
 * the field counts as.
 *
 * @param feature how the values are read; never an interaction, which no record supplies
 * @param from the fact path it reads, such as {@code deal.amount} or {@code activities.call}
 * @param missing the value a record without the field gets, or null when such a record gives no
 *     evidence; a category (or level) for a categorical or ordinal feature, a number for a numeric
 *     one
 * @since 0.1
 */
public record DeclaredFeature(Feature feature, String from, @Nullable FeatureValue missing) {

  /** Creates a {@code DeclaredFeature}, checking its components as the type's comment describes. */
  public DeclaredFeature {
    requireNonNull(feature, "feature");
    requireNonNull(from, "fact path");
    checkArgument(
        !(feature instanceof Feature.Interaction),
        "feature %s is an interaction, which no record supplies",
        Quoted.of(feature.name()));
    RecordFacts.checkPath(from);
    if (missing != null) {
      FeatureSchema.checkFits(feature, missing);
    }
  }

  /** Returns the feature's name. */
  public String name() {
    return feature.name();
  }

  /**
   * Returns the feature's value in a record whose facts hold {@code fact} at this feature's path
   * (or nothing), or null when it has none: a number read by a categorical or ordinal feature
   * becomes the category of its text.
   *
   * @throws IllegalArgumentException naming the feature, the path and the value when the value does
   *     not fit the feature (a category for a numeric feature, an unknown level)
   */
  @Nullable FeatureValue value(@Nullable FeatureValue fact) {
    if (fact == null) {
      return missing;
    }
    FeatureValue value =
        fact instanceof FeatureValue.Numeric number
                && !(feature instanceof Feature.Numeric || feature instanceof Feature.Linear)
            ? FeatureValue.of(text(number.value()))
            : fact;
    try {
      FeatureSchema.checkFits(feature, value);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "fact " + Quoted.of(from) + " does not fit: " + e.getMessage(), e);
    }
    return value;
  }

  private static String text(double number) {
    return number == Math.rint(number) && Math.abs(number) < 1e15
        ? Long.toString((long) number)
        : Double.toString(number);
  }
}
