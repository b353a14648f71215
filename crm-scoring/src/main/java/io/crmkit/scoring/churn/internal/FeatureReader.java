package io.crmkit.scoring.churn.internal;

import io.crmkit.scoring.churn.ChurnFeature;
import io.crmkit.scoring.churn.CustomerActivity;
import io.crmkit.scoring.churn.Interaction;
import io.crmkit.scoring.predictive.FeatureValue;
import io.crmkit.scoring.rfm.Purchase;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Reads declared churn features from a customer's activity as of an instant, looking only at what
 * happened before it.
 */
public final class FeatureReader {

  private static final double SECONDS_PER_DAY = 86_400;

  private FeatureReader() {}

  /** Returns the values of {@code features} for {@code activity} as of {@code asOf}. */
  public static Map<String, FeatureValue> read(
      List<ChurnFeature> features, CustomerActivity<?> activity, Instant asOf) {
    Map<String, FeatureValue> values = new LinkedHashMap<>();
    for (ChurnFeature feature : features) {
      FeatureValue value = value(feature, activity, asOf);
      if (value != null) {
        values.put(feature.name(), value);
      }
    }
    return values;
  }

  /** Returns whether {@code activity} has a purchase before {@code asOf}: is already a customer. */
  public static boolean boughtBefore(CustomerActivity<?> activity, Instant asOf) {
    return activity.purchases().stream().anyMatch(purchase -> purchase.at().isBefore(asOf));
  }

  /** Returns whether {@code activity} has a purchase in [{@code from}, {@code from + length}). */
  public static boolean boughtWithin(CustomerActivity<?> activity, Instant from, Duration length) {
    Instant to = from.plus(length);
    return activity.purchases().stream()
        .anyMatch(purchase -> !purchase.at().isBefore(from) && purchase.at().isBefore(to));
  }

  private static @Nullable FeatureValue value(
      ChurnFeature feature, CustomerActivity<?> activity, Instant asOf) {
    if (feature instanceof ChurnFeature.Recency) {
      return days(activity, asOf, true);
    }
    if (feature instanceof ChurnFeature.Tenure) {
      return days(activity, asOf, false);
    }
    if (feature instanceof ChurnFeature.RecencyShare) {
      FeatureValue sinceLast = days(activity, asOf, true);
      FeatureValue sinceFirst = days(activity, asOf, false);
      return sinceLast == null || sinceFirst == null
          ? null
          : FeatureValue.of(number(sinceLast) / number(sinceFirst));
    }
    if (feature instanceof ChurnFeature.Purchases purchases) {
      return FeatureValue.of(count(activity.purchases(), asOf.minus(purchases.window()), asOf));
    }
    if (feature instanceof ChurnFeature.Spend spend) {
      double sum = 0;
      for (Purchase<?> purchase : activity.purchases()) {
        if (within(purchase.at(), asOf.minus(spend.window()), asOf)) {
          sum += purchase.amount().doubleValue();
        }
      }
      return FeatureValue.of(sum);
    }
    if (feature instanceof ChurnFeature.PurchaseTrend trend) {
      Instant middle = asOf.minus(trend.window());
      return FeatureValue.of(
          count(activity.purchases(), middle, asOf)
              - count(activity.purchases(), middle.minus(trend.window()), middle));
    }
    if (feature instanceof ChurnFeature.Interactions interactions) {
      Instant from = asOf.minus(interactions.window());
      long count = 0;
      for (Interaction interaction : activity.interactions()) {
        if (interaction.kind().equals(interactions.kind())
            && within(interaction.at(), from, asOf)) {
          count++;
        }
      }
      return FeatureValue.of(count);
    }
    // an attribute, categorical or numeric: the schema checks that the value fits
    return activity.attributes().get(feature.name());
  }

  /** Days from the last (or first) purchase before {@code asOf} to it, or null without one. */
  private static @Nullable FeatureValue days(
      CustomerActivity<?> activity, Instant asOf, boolean sinceLast) {
    Instant found = null;
    for (Purchase<?> purchase : activity.purchases()) {
      Instant at = purchase.at();
      if (at.isBefore(asOf)
          && (found == null || (sinceLast ? at.isAfter(found) : at.isBefore(found)))) {
        found = at;
      }
    }
    return found == null
        ? null
        : FeatureValue.of(Duration.between(found, asOf).toSeconds() / SECONDS_PER_DAY);
  }

  private static double number(FeatureValue value) {
    return ((FeatureValue.Numeric) value).value();
  }

  private static long count(List<? extends Purchase<?>> purchases, Instant from, Instant to) {
    return purchases.stream().filter(purchase -> within(purchase.at(), from, to)).count();
  }

  private static boolean within(Instant at, Instant from, Instant to) {
    return !at.isBefore(from) && at.isBefore(to);
  }
}
