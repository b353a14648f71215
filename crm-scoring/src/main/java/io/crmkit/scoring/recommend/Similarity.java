package io.crmkit.scoring.recommend;

/**
 * How strongly two products go together, from how many customers bought each (n_a, n_b), both
 * (n_ab), and how many customers there are (n).
 *
 * @since 0.1
 */
public enum Similarity {
  /**
   * n_ab n / (n_a n_b): how many times more often the two are bought together than if they were
   * independent. Favours rarer products; pair it with a minimum support.
   */
  LIFT,
  /** n_ab / sqrt(n_a n_b): the cosine of the two products' customer vectors, in (0, 1]. */
  COSINE;

  /**
   * Returns the similarity of products bought by {@code a} and {@code b} customers, {@code both}
   * together.
   */
  double of(long both, long a, long b, long customers) {
    return this == LIFT
        ? (double) both * customers / ((double) a * b)
        : both / Math.sqrt((double) a * b);
  }
}
