package io.crmkit.scoring.predictive;

/** Solves symmetric positive definite linear systems, such as Newton steps, by Cholesky. */
final class Cholesky {

  private Cholesky() {}

  /**
   * Returns x with {@code matrix} x = {@code vector}; {@code matrix} is overwritten.
   *
   * @throws IllegalStateException if the matrix is not positive definite
   */
  static double[] solve(double[][] matrix, double[] vector) {
    int n = vector.length;
    for (int j = 0; j < n; j++) {
      double diagonal = matrix[j][j];
      for (int k = 0; k < j; k++) {
        diagonal -= matrix[j][k] * matrix[j][k];
      }
      if (!(diagonal > 0)) {
        throw new IllegalStateException("matrix is not positive definite at row " + j);
      }
      double root = Math.sqrt(diagonal);
      matrix[j][j] = root;
      for (int i = j + 1; i < n; i++) {
        double sum = matrix[i][j];
        for (int k = 0; k < j; k++) {
          sum -= matrix[i][k] * matrix[j][k];
        }
        matrix[i][j] = sum / root;
      }
    }
    double[] y = new double[n];
    for (int i = 0; i < n; i++) {
      double sum = vector[i];
      for (int k = 0; k < i; k++) {
        sum -= matrix[i][k] * y[k];
      }
      y[i] = sum / matrix[i][i];
    }
    double[] x = new double[n];
    for (int i = n - 1; i >= 0; i--) {
      double sum = y[i];
      for (int k = i + 1; k < n; k++) {
        sum -= matrix[k][i] * x[k];
      }
      x[i] = sum / matrix[i][i];
    }
    return x;
  }
}
