package io.crmkit.scoring.value.internal;

import static com.google.common.base.Preconditions.checkArgument;

/** The Gauss hypergeometric function, as the BG/NBD conditional expectation needs it. */
public final class Hypergeometric {

  /** Terms summed at most: enough for {@code z} up to about 0.9995 at full precision. */
  static final int MAX_TERMS = 100_000;

  private Hypergeometric() {}

  /**
   * Returns 2F1(a, b; c; z) by its power series, summed until a term no longer changes the sum.
   *
   * @param c positive, so that no denominator of the series vanishes
   * @param z in [0, 1), where the series converges
   * @throws ArithmeticException if the series has not converged after {@value #MAX_TERMS} terms
   */
  public static double f21(double a, double b, double c, double z) {
    checkArgument(c > 0, "2F1 needs c > 0: %s", c);
    checkArgument(z >= 0 && z < 1, "2F1 by its series needs z in [0, 1): %s", z);
    double term = 1;
    double sum = 1;
    for (int k = 0; k < MAX_TERMS; k++) {
      term *= (a + k) * (b + k) / ((c + k) * (k + 1)) * z;
      double next = sum + term;
      if (next == sum) {
        return sum;
      }
      sum = next;
    }
    throw new ArithmeticException(
        "2F1("
            + a
            + ", "
            + b
            + "; "
            + c
            + "; "
            + z
            + ") did not converge in "
            + MAX_TERMS
            + " terms");
  }
}
