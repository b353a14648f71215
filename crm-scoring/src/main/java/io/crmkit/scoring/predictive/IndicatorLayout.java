package io.crmkit.scoring.predictive;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The columns of a logistic regression: column 0 is the intercept; each category (or numeric bin)
 * seen often enough in training gets one indicator column (one-hot); an ordinal feature gets one
 * column per level above the lowest, set when the value has reached that level (thermometer
 * coding), so that each coefficient is the step from one level to the next; a linear feature gets
 * one column holding its value centred and scaled by the mean and standard deviation of its
 * training values, so that its coefficient is penalised on the same footing as the others.
 */
final class IndicatorLayout {

  static final int INTERCEPT = 0;

  /** The label of a linear feature's one column. */
  static final String LINEAR = "linear";

  private final FeatureSchema schema;
  private final Discretisation discretisation;
  private final ImmutableMap<String, ImmutableMap<String, Integer>> columnsByFeature;
  private final ImmutableList<String> columnNames;
  private final ImmutableMap<String, Scale> scales;

  private IndicatorLayout(
      FeatureSchema schema,
      Discretisation discretisation,
      ImmutableMap<String, ImmutableMap<String, Integer>> columnsByFeature,
      ImmutableList<String> columnNames,
      ImmutableMap<String, Scale> scales) {
    this.schema = schema;
    this.discretisation = discretisation;
    this.columnsByFeature = columnsByFeature;
    this.columnNames = columnNames;
    this.scales = scales;
  }

  /**
   * The centre and scale of a linear feature: its training values' mean and standard deviation (1
   * when they do not vary).
   */
  record Scale(double mean, double deviation) {

    static Scale learn(double[] values) {
      double mean = Arrays.stream(values).average().orElse(0);
      double squares = 0;
      for (double value : values) {
        squares += (value - mean) * (value - mean);
      }
      double deviation = values.length == 0 ? 0 : Math.sqrt(squares / values.length);
      return new Scale(mean, deviation > 0 && Double.isFinite(deviation) ? deviation : 1);
    }

    double standardise(double value) {
      return (value - mean) / deviation;
    }
  }

  /** The columns a row sets, ascending, and their values. */
  record Row(int[] columns, double[] values) {}

  /** Receives one column a feature sets and its value. */
  @FunctionalInterface
  interface ColumnValue {
    void accept(int column, double value);
  }

  /**
   * Lays out the columns for {@code history}: categories and bins seen in fewer than {@code
   * minimumSupport} observations get no column, so they give no evidence.
   */
  static IndicatorLayout learn(
      FeatureSchema schema,
      Discretisation discretisation,
      List<Observation> history,
      int minimumSupport) {
    ImmutableMap.Builder<String, ImmutableMap<String, Integer>> byFeature = ImmutableMap.builder();
    ImmutableMap.Builder<String, Scale> scales = ImmutableMap.builder();
    ImmutableList.Builder<String> names = ImmutableList.<String>builder().add("(intercept)");
    int next = INTERCEPT + 1;
    for (Feature feature : schema.features()) {
      ImmutableMap.Builder<String, Integer> columns = ImmutableMap.builder();
      if (feature instanceof Feature.Ordinal ordinal) {
        for (String level : ordinal.levels().subList(1, ordinal.levels().size())) {
          names.add(feature.name() + ">=" + level);
          columns.put(level, next++);
        }
      } else if (feature instanceof Feature.Linear) {
        scales.put(
            feature.name(),
            Scale.learn(
                history.stream()
                    .map(observation -> observation.features().get(feature.name()))
                    .filter(FeatureValue.Numeric.class::isInstance)
                    .mapToDouble(value -> ((FeatureValue.Numeric) value).value())
                    .toArray()));
        names.add(feature.name());
        columns.put(LINEAR, next++);
      } else {
        Map<String, Integer> support = new TreeMap<>();
        for (Observation observation : history) {
          String label = discretisation.label(feature, observation.features());
          if (label != null) {
            support.merge(label, 1, Integer::sum);
          }
        }
        for (Map.Entry<String, Integer> entry : support.entrySet()) {
          if (entry.getValue() >= minimumSupport) {
            names.add(feature.name() + "=" + entry.getKey());
            columns.put(entry.getKey(), next++);
          }
        }
      }
      byFeature.put(feature.name(), columns.build());
    }
    return new IndicatorLayout(
        schema, discretisation, byFeature.build(), names.build(), scales.build());
  }

  /**
   * Returns the layout with the columns given, feature by feature in schema order: for each
   * feature, the labels that have a column, in column order (an ordinal's levels above its lowest,
   * {@value #LINEAR} for a linear feature), and the scale of each linear feature.
   */
  static IndicatorLayout restore(
      FeatureSchema schema,
      Discretisation discretisation,
      Map<String, List<String>> labels,
      Map<String, Scale> scales) {
    ImmutableMap.Builder<String, ImmutableMap<String, Integer>> byFeature = ImmutableMap.builder();
    ImmutableList.Builder<String> names = ImmutableList.<String>builder().add("(intercept)");
    int next = INTERCEPT + 1;
    for (Feature feature : schema.features()) {
      ImmutableMap.Builder<String, Integer> columns = ImmutableMap.builder();
      for (String label : labels.getOrDefault(feature.name(), List.of())) {
        names.add(columnName(feature, label));
        columns.put(label, next++);
      }
      byFeature.put(feature.name(), columns.build());
    }
    return new IndicatorLayout(
        schema, discretisation, byFeature.build(), names.build(), ImmutableMap.copyOf(scales));
  }

  private static String columnName(Feature feature, String label) {
    if (feature instanceof Feature.Linear) {
      return feature.name();
    }
    return feature.name() + (feature instanceof Feature.Ordinal ? ">=" : "=") + label;
  }

  /** Returns the discretisation the columns are read with. */
  Discretisation discretisation() {
    return discretisation;
  }

  /** Returns, for each feature in schema order, its labels that have a column, in column order. */
  ImmutableMap<String, ImmutableMap<String, Integer>> columns() {
    return columnsByFeature;
  }

  /** Returns the scale of each linear feature, in schema order. */
  ImmutableMap<String, Scale> scales() {
    return scales;
  }

  /** Returns the number of columns, intercept included. */
  int width() {
    return columnNames.size();
  }

  /**
   * Returns the name of {@code column}, such as {@code job=admin.}, {@code stage>=won} or, for a
   * linear feature, its name.
   */
  String columnName(int column) {
    return columnNames.get(column);
  }

  /** Returns the label of {@code feature} in {@code features}, or null when it has no value. */
  @Nullable String label(Feature feature, Map<String, FeatureValue> features) {
    return discretisation.label(feature, features);
  }

  /**
   * Passes each column that {@code feature} sets in {@code features}, with its value, to {@code
   * column}, in order.
   */
  void forEachColumn(Feature feature, Map<String, FeatureValue> features, ColumnValue column) {
    if (feature instanceof Feature.Linear) {
      FeatureValue value = features.get(feature.name());
      Scale scale = scales.get(feature.name());
      Integer only = columnsByFeature.get(feature.name()).get(LINEAR);
      if (value != null && scale != null && only != null) {
        column.accept(only, scale.standardise(((FeatureValue.Numeric) value).value()));
      }
      return;
    }
    String label = discretisation.label(feature, features);
    if (label == null) {
      return;
    }
    ImmutableMap<String, Integer> columns = columnsByFeature.get(feature.name());
    if (feature instanceof Feature.Ordinal ordinal) {
      for (String level : ordinal.levels().subList(1, ordinal.rank(label) + 1)) {
        column.accept(columns.get(level), 1);
      }
    } else {
      Integer only = columns.get(label);
      if (only != null) {
        column.accept(only, 1);
      }
    }
  }

  /** Returns the columns set by {@code features}, intercept first, ascending, with their values. */
  Row row(Map<String, FeatureValue> features) {
    int[] columns = new int[width()];
    double[] values = new double[width()];
    int[] size = {0};
    columns[0] = INTERCEPT;
    values[size[0]++] = 1;
    for (Feature feature : schema.features()) {
      forEachColumn(
          feature,
          features,
          (column, value) -> {
            columns[size[0]] = column;
            values[size[0]++] = value;
          });
    }
    // columns are allocated feature by feature in schema order, so they come out ascending
    return new Row(Arrays.copyOf(columns, size[0]), Arrays.copyOf(values, size[0]));
  }
}
