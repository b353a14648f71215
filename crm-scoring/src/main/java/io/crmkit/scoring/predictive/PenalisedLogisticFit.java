package io.crmkit.scoring.predictive;

/**
 * Fits L2-penalised logistic regression coefficients by Newton's method with a backtracking line
 * search, on sparse rows: the columns each row sets and their values (1 for an indicator, the
 * standardised number of a linear feature).
 *
 * <p>Minimises the sum of log losses plus {@code l2 / 2} times the squared coefficients (the
 * intercept, column 0, is not penalised). Every sum runs sequentially in row and column order, so
 * the same rows always give bit-for-bit the same coefficients.
 */
final class PenalisedLogisticFit {

  private static final double ARMIJO = 1e-4;
  private static final int MAX_HALVINGS = 50;
  // keeps the intercept's curvature positive when every prediction saturates
  private static final double INTERCEPT_RIDGE = 1e-10;

  private final int[][] rows;
  private final double[][] values;
  private final boolean[] won;
  private final int width;
  private final double l2;

  PenalisedLogisticFit(int[][] rows, double[][] values, boolean[] won, int width, double l2) {
    this.rows = rows;
    this.values = values;
    this.won = won;
    this.width = width;
    this.l2 = l2;
  }

  /**
   * Returns the coefficients after at most {@code maxIterations} Newton steps, stopping early once
   * half the Newton decrement (the predicted decrease of the objective) falls below {@code
   * tolerance} times (1 + the objective): relative, because the objective is a sum over rows and
   * its rounding noise grows with their number.
   */
  double[] fit(int maxIterations, double tolerance) {
    double[] weights = new double[width];
    long wonCount = 0;
    for (boolean w : won) {
      wonCount += w ? 1 : 0;
    }
    weights[IndicatorLayout.INTERCEPT] = Math.log((double) wonCount / (won.length - wonCount));
    double objective = objective(weights);
    for (int iteration = 0; iteration < maxIterations; iteration++) {
      double[] gradient = new double[width];
      double[][] hessian = new double[width][width];
      accumulate(weights, gradient, hessian);
      double[] step = Cholesky.solve(hessian, gradient);
      double decrement = dot(gradient, step);
      if (decrement / 2 < tolerance * (1 + objective)) {
        break;
      }
      double size = 1;
      double[] candidate = new double[width];
      double candidateObjective = Double.NaN;
      boolean accepted = false;
      for (int halving = 0; halving < MAX_HALVINGS && !accepted; halving++) {
        for (int j = 0; j < width; j++) {
          candidate[j] = weights[j] - size * step[j];
        }
        candidateObjective = objective(candidate);
        accepted = candidateObjective <= objective - ARMIJO * size * decrement;
        size /= 2;
      }
      if (!accepted) {
        break; // no representable step decreases the objective: we are at its minimum
      }
      weights = candidate;
      objective = candidateObjective;
    }
    return weights;
  }

  private void accumulate(double[] weights, double[] gradient, double[][] hessian) {
    for (int i = 0; i < rows.length; i++) {
      int[] row = rows[i];
      double[] value = values[i];
      double probability = LogOdds.toProbability(logOdds(weights, row, value));
      double residual = probability - (won[i] ? 1 : 0);
      double curvature = probability * (1 - probability);
      for (int a = 0; a < row.length; a++) {
        gradient[row[a]] += residual * value[a];
        double[] hessianRow = hessian[row[a]];
        for (int b = a; b < row.length; b++) {
          hessianRow[row[b]] += curvature * value[a] * value[b];
        }
      }
    }
    for (int j = 0; j < width; j++) {
      for (int k = 0; k < j; k++) {
        hessian[j][k] = hessian[k][j];
      }
      if (j == IndicatorLayout.INTERCEPT) {
        hessian[j][j] += INTERCEPT_RIDGE;
      } else {
        gradient[j] += l2 * weights[j];
        hessian[j][j] += l2;
      }
    }
  }

  private double objective(double[] weights) {
    double loss = 0;
    for (int i = 0; i < rows.length; i++) {
      double z = logOdds(weights, rows[i], values[i]);
      loss += LogOdds.softplus(z) - (won[i] ? z : 0);
    }
    double penalty = 0;
    for (int j = 0; j < width; j++) {
      if (j != IndicatorLayout.INTERCEPT) {
        penalty += weights[j] * weights[j];
      }
    }
    return loss + l2 / 2 * penalty;
  }

  private static double logOdds(double[] weights, int[] row, double[] value) {
    double z = 0;
    for (int k = 0; k < row.length; k++) {
      z += weights[row[k]] * value[k];
    }
    return z;
  }

  private static double dot(double[] a, double[] b) {
    double sum = 0;
    for (int i = 0; i < a.length; i++) {
      sum += a[i] * b[i];
    }
    return sum;
  }
}
