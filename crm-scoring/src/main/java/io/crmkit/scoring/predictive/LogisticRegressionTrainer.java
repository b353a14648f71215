package io.crmkit.scoring.predictive;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * The recipe for a {@link LogisticRegressionModel}: the strength of the L2 penalty that keeps
 * coefficients small, the Newton iterations and tolerance, and how often a category or numeric bin
 * must occur to get a coefficient. Immutable; {@code with} methods return copies.
 *
 * <p>Training is deterministic: Newton's method from a fixed start, with no randomness, so the same
 * history always gives the same model.
 *
 * @since 0.1
 */
public final class LogisticRegressionTrainer implements ModelTrainer {

  /** The penalty a new trainer applies: {@code 1/2} times the sum of squared coefficients. */
  public static final double DEFAULT_L2 = 1.0;

  /** The most Newton steps a new trainer takes; convergence usually takes fewer than ten. */
  public static final int DEFAULT_MAX_ITERATIONS = 50;

  /**
   * The predicted decrease of the penalised log loss, relative to the loss, below which a new
   * trainer stops.
   */
  public static final double DEFAULT_TOLERANCE = 1e-12;

  /** The support a new trainer requires: categories and bins seen fewer times get no column. */
  public static final int DEFAULT_MINIMUM_SUPPORT = 5;

  private final FeatureSchema schema;
  private final double l2;
  private final int maxIterations;
  private final double tolerance;
  private final int minimumSupport;

  private LogisticRegressionTrainer(
      FeatureSchema schema, double l2, int maxIterations, double tolerance, int minimumSupport) {
    this.schema = requireNonNull(schema, "schema");
    checkArgument(Double.isFinite(l2) && l2 > 0, "l2 penalty must be positive and finite: %s", l2);
    checkArgument(maxIterations >= 1, "max iterations must be at least 1: %s", maxIterations);
    checkArgument(
        Double.isFinite(tolerance) && tolerance > 0,
        "tolerance must be positive and finite: %s",
        tolerance);
    checkArgument(minimumSupport >= 1, "minimum support must be at least 1: %s", minimumSupport);
    this.l2 = l2;
    this.maxIterations = maxIterations;
    this.tolerance = tolerance;
    this.minimumSupport = minimumSupport;
  }

  /** Returns a trainer for {@code schema} with the default settings. */
  public static LogisticRegressionTrainer of(FeatureSchema schema) {
    return new LogisticRegressionTrainer(
        schema, DEFAULT_L2, DEFAULT_MAX_ITERATIONS, DEFAULT_TOLERANCE, DEFAULT_MINIMUM_SUPPORT);
  }

  /**
   * Returns a copy with the L2 penalty {@code l2} (positive): larger values shrink coefficients,
   * which a small history needs and which keeps separable histories from diverging.
   */
  public LogisticRegressionTrainer withL2(double l2) {
    return new LogisticRegressionTrainer(schema, l2, maxIterations, tolerance, minimumSupport);
  }

  /** Returns a copy that takes at most {@code maxIterations} (at least 1) Newton steps. */
  public LogisticRegressionTrainer withMaxIterations(int maxIterations) {
    return new LogisticRegressionTrainer(schema, l2, maxIterations, tolerance, minimumSupport);
  }

  /**
   * Returns a copy that stops once a step would lower the penalised log loss by less than {@code
   * tolerance} (positive) times one plus the loss.
   */
  public LogisticRegressionTrainer withTolerance(double tolerance) {
    return new LogisticRegressionTrainer(schema, l2, maxIterations, tolerance, minimumSupport);
  }

  /** Returns a copy that gives no column to categories and bins seen fewer times than this. */
  public LogisticRegressionTrainer withMinimumSupport(int minimumSupport) {
    return new LogisticRegressionTrainer(schema, l2, maxIterations, tolerance, minimumSupport);
  }

  @Override
  public LogisticRegressionModel train(List<Observation> history) {
    TrainingHistory.check(schema, history);
    Discretisation discretisation = Discretisation.learn(schema, history);
    IndicatorLayout layout = IndicatorLayout.learn(schema, discretisation, history, minimumSupport);
    int[][] rows = new int[history.size()][];
    double[][] values = new double[history.size()][];
    boolean[] won = new boolean[history.size()];
    for (int i = 0; i < rows.length; i++) {
      IndicatorLayout.Row row = layout.row(history.get(i).features());
      rows[i] = row.columns();
      values[i] = row.values();
      won[i] = history.get(i).outcome().isWon();
    }
    double[] coefficients =
        new PenalisedLogisticFit(rows, values, won, layout.width(), l2)
            .fit(maxIterations, tolerance);
    return new LogisticRegressionModel(schema, layout, coefficients);
  }

  @Override
  public String toString() {
    return "LogisticRegressionTrainer[l2="
        + l2
        + ", maxIterations="
        + maxIterations
        + ", tolerance="
        + tolerance
        + ", minimumSupport="
        + minimumSupport
        + ", "
        + schema
        + "]";
  }
}
