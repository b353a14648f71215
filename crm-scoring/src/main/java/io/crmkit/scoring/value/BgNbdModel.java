package io.crmkit.scoring.value;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.crmkit.scoring.value.internal.BgNbdLikelihood;
import io.crmkit.scoring.value.internal.Hypergeometric;
import io.crmkit.scoring.value.internal.MaximumLikelihood;
import java.util.List;

/**
 * The BG/NBD ("beta-geometric/negative binomial distribution") model of repeat purchasing (Fader,
 * Hardie and Lee, 2005): while active, a customer buys at a steady rate that varies across
 * customers as gamma(r, alpha); after each purchase the customer drops out for good with a
 * probability that varies across customers as beta(a, b).
 *
 * <p>From a customer's frequency, recency and age it tells how likely the customer is still active
 * ({@link #probabilityAlive}) and how many purchases to expect over a coming period ({@link
 * #expectedTransactions}). Times are in the unit of the summaries it was fitted to. Immutable.
 *
 * @param r the shape of the purchase rates across customers, positive
 * @param alpha the scale of the purchase rates, in the time unit, positive
 * @param a the first shape of the drop-out probabilities, positive
 * @param b the second shape of the drop-out probabilities, positive
 * @since 0.1
 */
public record BgNbdModel(double r, double alpha, double a, double b) {

  static final String NAME = "BG/NBD";

  /** Creates a {@code BgNbdModel}, checking its components as the type's comment describes. */
  public BgNbdModel {
    checkParameter("r", r);
    checkParameter("alpha", alpha);
    checkParameter("a", a);
    checkParameter("b", b);
  }

  /** Returns the model with the given parameters, all positive and finite. */
  public static BgNbdModel of(double r, double alpha, double a, double b) {
    return new BgNbdModel(r, alpha, a, b);
  }

  /**
   * Returns the model that gives {@code customers} their highest likelihood.
   *
   * @param customers at least one customer, never null
   * @throws ModelFitException if the likelihood has no finite maximum for these customers (as when
   *     none made a repeat purchase) or the optimiser does not converge
   */
  public static BgNbdModel fit(List<? extends CustomerSummary<?>> customers) {
    requireNonNull(customers, "customers");
    customers.forEach(customer -> requireNonNull(customer, "customer summary"));
    if (customers.isEmpty()) {
      throw new ModelFitException(NAME, 0, "there is no customer to learn from");
    }
    if (customers.stream().noneMatch(CustomerSummary::repeatBuyer)) {
      throw new ModelFitException(
          NAME, customers.size(), "no customer made a repeat purchase, so no rate can be learnt");
    }
    BgNbdLikelihood likelihood = BgNbdLikelihood.of(customers);
    double[] fitted =
        MaximumLikelihood.maximise(
                NAME,
                customers.size(),
                p -> likelihood.logLikelihood(p[0], p[1], p[2], p[3]),
                new double[] {1, likelihood.meanAge(), 1, 1})
            .parameters();
    return new BgNbdModel(fitted[0], fitted[1], fitted[2], fitted[3]);
  }

  /** Returns the log-likelihood of {@code customers} under this model. */
  public double logLikelihood(List<? extends CustomerSummary<?>> customers) {
    requireNonNull(customers, "customers");
    return customers.isEmpty() ? 0 : BgNbdLikelihood.of(customers).logLikelihood(r, alpha, a, b);
  }

  /**
   * Returns the probability that {@code customer} is still active at the end of observation: 1
   * without repeat purchases (in this model a customer can only drop out right after a purchase),
   * and rising with recency for a given frequency and age.
   */
  public double probabilityAlive(CustomerSummary<?> customer) {
    requireNonNull(customer, "customer");
    int x = customer.frequency();
    if (x == 0) {
      return 1;
    }
    // a/(b+x-1) * ((alpha+T)/(alpha+t_x))^(r+x), in logs to keep large frequencies finite
    double logOdds =
        Math.log(a / (b + x - 1))
            + (r + x) * (Math.log(alpha + customer.age()) - Math.log(alpha + customer.recency()));
    return 1 / (1 + Math.exp(logOdds));
  }

  /**
   * Returns how many purchases {@code customer} is expected to make in the {@code duration} after
   * the end of observation (Fader, Hardie and Lee 2005, equation 10).
   *
   * @param duration the length of the coming period, in the model's time unit, zero or more
   * @throws ArithmeticException if the model has {@code a} equal to 1, or {@code a + b <= 1} for a
   *     customer without repeat purchases, where the closed form does not hold
   */
  public double expectedTransactions(CustomerSummary<?> customer, double duration) {
    requireNonNull(customer, "customer");
    checkArgument(
        Double.isFinite(duration) && duration >= 0,
        "duration must be finite and zero or more: %s",
        duration);
    if (duration == 0) {
      return 0;
    }
    if (a == 1) {
      throw new ArithmeticException("the BG/NBD expectation has no closed form at a = 1");
    }
    int x = customer.frequency();
    double age = customer.age();
    double c = a + b + x - 1;
    if (c <= 0) {
      throw new ArithmeticException(
          "the BG/NBD expectation needs a + b + x > 1: a = " + a + ", b = " + b + ", x = " + x);
    }
    double ahead = alpha + age + duration;
    double hypergeometric = Hypergeometric.f21(r + x, b + x, c, duration / ahead);
    double numerator =
        c / (a - 1) * (1 - Math.exp((r + x) * Math.log((alpha + age) / ahead)) * hypergeometric);
    double denominator = 1;
    if (x > 0) {
      denominator +=
          a
              / (b + x - 1)
              * Math.exp((r + x) * (Math.log(alpha + age) - Math.log(alpha + customer.recency())));
    }
    return numerator / denominator;
  }

  private static void checkParameter(String name, double value) {
    checkArgument(
        Double.isFinite(value) && value > 0,
        "BG/NBD parameter %s must be positive and finite: %s",
        name,
        value);
  }
}
