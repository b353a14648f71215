package io.crmkit.scoring.predictive;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A logistic regression lead-scoring model: the log-odds of winning are an intercept plus one
 * coefficient per category, numeric bin or ordinal step the lead has, and one per standard
 * deviation of each linear feature. A feature's contribution is the sum of its coefficients times
 * its column values.
 *
 * <p>Built by {@link LogisticRegressionTrainer}; immutable and thread-safe.
 *
 * @since 0.1
 */
public final class LogisticRegressionModel implements PredictiveModel {

  private final FeatureSchema schema;
  private final IndicatorLayout layout;
  private final double[] coefficients;

  LogisticRegressionModel(FeatureSchema schema, IndicatorLayout layout, double[] coefficients) {
    this.schema = schema;
    this.layout = layout;
    this.coefficients = coefficients.clone();
  }

  @Override
  public FeatureSchema schema() {
    return schema;
  }

  /** Returns the column layout, for the model document. */
  IndicatorLayout layout() {
    return layout;
  }

  /** Returns the coefficient of {@code column}; column 0 is the intercept. */
  double coefficient(int column) {
    return coefficients[column];
  }

  /** Returns the intercept: the log-odds of a lead with no feature that has a coefficient. */
  public double intercept() {
    return coefficients[IndicatorLayout.INTERCEPT];
  }

  /**
   * Returns the coefficients by column name, in column order: {@code feature=value} for a category
   * or bin, {@code feature>=level} for an ordinal step; the intercept is not included.
   */
  public Map<String, Double> coefficients() {
    Map<String, Double> named = new LinkedHashMap<>();
    for (int column = IndicatorLayout.INTERCEPT + 1; column < coefficients.length; column++) {
      named.put(layout.columnName(column), coefficients[column]);
    }
    return Collections.unmodifiableMap(named);
  }

  @Override
  public Prediction predict(Map<String, FeatureValue> features) {
    schema.check(features);
    List<Contribution> contributions = new ArrayList<>();
    for (Feature feature : schema.features()) {
      double[] sum = {0};
      int[] columns = {0};
      layout.forEachColumn(
          feature,
          features,
          (column, value) -> {
            sum[0] += coefficients[column] * value;
            columns[0]++;
          });
      String label = layout.label(feature, features);
      if (columns[0] > 0 && label != null) {
        contributions.add(new Contribution(feature.name(), label, sum[0]));
      }
    }
    return Prediction.fromLogOdds(intercept(), contributions);
  }

  @Override
  public String toString() {
    return "LogisticRegressionModel[intercept=" + intercept() + ", " + coefficients() + "]";
  }
}
