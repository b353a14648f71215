package io.crmkit.scoring.predictive;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * Platt scaling: the calibrated log-odds are a slope times the raw log-odds plus an intercept,
 * fitted by maximum likelihood on held-out predictions, with Platt's targets {@code (won + 1) /
 * (won + 2)} and {@code 1 / (lost + 2)} in place of 1 and 0 so that a small calibration set cannot
 * push the map to certainty.
 *
 * <p>A slope below 1 shrinks over-confident scores towards the base rate. Explanations stay exact:
 * every contribution is multiplied by the slope, and the baseline becomes the slope times the raw
 * baseline plus the intercept (see {@link Calibration#calibrate}).
 *
 * @param slope the factor of the raw log-odds, positive and finite (a calibration keeps order)
 * @param intercept the added log-odds, finite
 * @since 0.1
 */
public record PlattScaling(double slope, double intercept) implements Calibration {

  private static final int MAX_ITERATIONS = 100;
  private static final double TOLERANCE = 1e-12;
  private static final double RIDGE = 1e-12;
  private static final int MAX_HALVINGS = 50;
  private static final double ARMIJO = 1e-4;

  /** Creates a {@code PlattScaling}, checking its components as the type's comment describes. */
  public PlattScaling {
    checkArgument(
        Double.isFinite(slope) && slope > 0, "Platt slope must be positive and finite: %s", slope);
    checkArgument(Double.isFinite(intercept), "Platt intercept must be finite: %s", intercept);
  }

  @Override
  public double logOdds(double rawLogOdds) {
    return slope * rawLogOdds + intercept;
  }

  /**
   * Fits the scaling to held-out raw log-odds and their outcomes by Newton's method with a
   * backtracking line search; when the scores carry no usable order (a fitted slope not above 0),
   * the slope is kept at the smallest positive double, which predicts the base rate.
   */
  static PlattScaling fit(double[] rawLogOdds, boolean[] won) {
    int wonCount = 0;
    for (boolean w : won) {
      wonCount += w ? 1 : 0;
    }
    int lostCount = won.length - wonCount;
    double wonTarget = (wonCount + 1.0) / (wonCount + 2.0);
    double lostTarget = 1.0 / (lostCount + 2.0);
    double[] target = new double[won.length];
    for (int i = 0; i < won.length; i++) {
      target[i] = won[i] ? wonTarget : lostTarget;
    }
    double[] weights = {0, Math.log((wonCount + 1.0) / (lostCount + 1.0))};
    double objective = objective(weights, rawLogOdds, target);
    for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
      double g0 = 0;
      double g1 = 0;
      double h00 = RIDGE;
      double h01 = 0;
      double h11 = RIDGE;
      for (int i = 0; i < rawLogOdds.length; i++) {
        double z = rawLogOdds[i];
        double p = LogOdds.toProbability(weights[0] * z + weights[1]);
        double residual = p - target[i];
        double curvature = p * (1 - p);
        g0 += residual * z;
        g1 += residual;
        h00 += curvature * z * z;
        h01 += curvature * z;
        h11 += curvature;
      }
      double determinant = h00 * h11 - h01 * h01;
      double s0 = (h11 * g0 - h01 * g1) / determinant;
      double s1 = (h00 * g1 - h01 * g0) / determinant;
      double decrement = g0 * s0 + g1 * s1;
      if (!(decrement / 2 > TOLERANCE * (1 + objective))) {
        break;
      }
      double size = 1;
      boolean accepted = false;
      for (int halving = 0; halving < MAX_HALVINGS && !accepted; halving++) {
        double[] candidate = {weights[0] - size * s0, weights[1] - size * s1};
        double candidateObjective = objective(candidate, rawLogOdds, target);
        if (candidateObjective <= objective - ARMIJO * size * decrement) {
          weights = candidate;
          objective = candidateObjective;
          accepted = true;
        }
        size /= 2;
      }
      if (!accepted) {
        break;
      }
    }
    return new PlattScaling(Math.max(weights[0], Double.MIN_VALUE), weights[1]);
  }

  private static double objective(double[] weights, double[] rawLogOdds, double[] target) {
    double loss = 0;
    for (int i = 0; i < rawLogOdds.length; i++) {
      double z = weights[0] * rawLogOdds[i] + weights[1];
      loss += LogOdds.softplus(z) - target[i] * z;
    }
    return loss;
  }
}
