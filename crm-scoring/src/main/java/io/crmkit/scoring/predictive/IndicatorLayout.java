package io.crmkit.scoring.predictive;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntConsumer;
import org.jspecify.annotations.Nullable;

/**
 * The columns of a logistic regression: column 0 is the intercept; each category (or numeric bin)
 * seen often enough in training gets one indicator column (one-hot); an ordinal feature gets one
 * column per level above the lowest, set when the value has reached that level (thermometer
 * coding), so that each coefficient is the step from one level to the next.
 */
final class IndicatorLayout {

  static final int INTERCEPT = 0;

  private final FeatureSchema schema;
  private final Discretisation discretisation;
  private final ImmutableMap<String, ImmutableMap<String, Integer>> columnsByFeature;
  private final ImmutableList<String> columnNames;

  private IndicatorLayout(
      FeatureSchema schema,
      Discretisation discretisation,
      ImmutableMap<String, ImmutableMap<String, Integer>> columnsByFeature,
      ImmutableList<String> columnNames) {
    this.schema = schema;
    this.discretisation = discretisation;
    this.columnsByFeature = columnsByFeature;
    this.columnNames = columnNames;
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
    ImmutableList.Builder<String> names = ImmutableList.<String>builder().add("(intercept)");
    int next = INTERCEPT + 1;
    for (Feature feature : schema.features()) {
      ImmutableMap.Builder<String, Integer> columns = ImmutableMap.builder();
      if (feature instanceof Feature.Ordinal ordinal) {
        for (String level : ordinal.levels().subList(1, ordinal.levels().size())) {
          names.add(feature.name() + ">=" + level);
          columns.put(level, next++);
        }
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
    return new IndicatorLayout(schema, discretisation, byFeature.build(), names.build());
  }

  /**
   * Returns the layout with the columns given, feature by feature in schema order: for each
   * feature, the labels that have a column, in column order (an ordinal's levels above its lowest).
   */
  static IndicatorLayout restore(
      FeatureSchema schema, Discretisation discretisation, Map<String, List<String>> labels) {
    ImmutableMap.Builder<String, ImmutableMap<String, Integer>> byFeature = ImmutableMap.builder();
    ImmutableList.Builder<String> names = ImmutableList.<String>builder().add("(intercept)");
    int next = INTERCEPT + 1;
    for (Feature feature : schema.features()) {
      ImmutableMap.Builder<String, Integer> columns = ImmutableMap.builder();
      String sign = feature instanceof Feature.Ordinal ? ">=" : "=";
      for (String label : labels.getOrDefault(feature.name(), List.of())) {
        names.add(feature.name() + sign + label);
        columns.put(label, next++);
      }
      byFeature.put(feature.name(), columns.build());
    }
    return new IndicatorLayout(schema, discretisation, byFeature.build(), names.build());
  }

  /** Returns the discretisation the columns are read with. */
  Discretisation discretisation() {
    return discretisation;
  }

  /** Returns, for each feature in schema order, its labels that have a column, in column order. */
  ImmutableMap<String, ImmutableMap<String, Integer>> columns() {
    return columnsByFeature;
  }

  /** Returns the number of columns, intercept included. */
  int width() {
    return columnNames.size();
  }

  /** Returns the name of {@code column}, such as {@code job=admin.} or {@code stage>=won}. */
  String columnName(int column) {
    return columnNames.get(column);
  }

  /** Returns the label of {@code feature} in {@code features}, or null when it has no value. */
  @Nullable String label(Feature feature, Map<String, FeatureValue> features) {
    return discretisation.label(feature, features);
  }

  /**
   * Passes each column that {@code feature} sets in {@code features} to {@code column}, in order.
   */
  void forEachColumn(Feature feature, Map<String, FeatureValue> features, IntConsumer column) {
    String label = discretisation.label(feature, features);
    if (label == null) {
      return;
    }
    ImmutableMap<String, Integer> columns = columnsByFeature.get(feature.name());
    if (feature instanceof Feature.Ordinal ordinal) {
      for (String level : ordinal.levels().subList(1, ordinal.rank(label) + 1)) {
        column.accept(columns.get(level));
      }
    } else {
      Integer only = columns.get(label);
      if (only != null) {
        column.accept(only);
      }
    }
  }

  /** Returns the columns set by {@code features}, intercept first, in ascending order. */
  int[] row(Map<String, FeatureValue> features) {
    int[] row = new int[width()];
    int[] size = {0};
    row[size[0]++] = INTERCEPT;
    for (Feature feature : schema.features()) {
      forEachColumn(feature, features, column -> row[size[0]++] = column);
    }
    // columns are allocated feature by feature in schema order, so they come out ascending
    return Arrays.copyOf(row, size[0]);
  }
}
