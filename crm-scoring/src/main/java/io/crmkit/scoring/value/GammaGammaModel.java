package io.crmkit.scoring.value;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.crmkit.core.FieldError;
import io.crmkit.core.ValidationException;
import io.crmkit.scoring.value.internal.GammaGammaLikelihood;
import io.crmkit.scoring.value.internal.MaximumLikelihood;
import java.util.ArrayList;
import java.util.List;

/**
 * The Gamma-Gamma model of spend per purchase (Colombo and Jiang, 1999; Fader, Hardie and Lee,
 * 2005): each purchase of a customer is worth a gamma(p, nu) amount, and the scale nu varies across
 * customers as gamma(q, v), so a customer's expected spend is pulled from their own mean towards
 * the population's, the more so the fewer purchases they made.
 *
 * <p>It assumes that spend per purchase does not depend on how often a customer buys; check it on
 * the tenant's data (the correlation of frequency and mean spend should be near zero) before
 * trusting the value estimates. Immutable.
 *
 * @param p the shape of each purchase's value, positive
 * @param q the shape of the customers' spend scales, positive
 * @param v the scale of the customers' spend scales, in the currency, positive
 * @since 0.1
 */
public record GammaGammaModel(double p, double q, double v) {

  static final String NAME = "Gamma-Gamma";

  /** Creates a {@code GammaGammaModel}, checking its components as the type's comment describes. */
  public GammaGammaModel {
    checkParameter("p", p);
    checkParameter("q", q);
    checkParameter("v", v);
  }

  /** Returns the model with the given parameters, all positive and finite. */
  public static GammaGammaModel of(double p, double q, double v) {
    return new GammaGammaModel(p, q, v);
  }

  /**
   * Returns the model that gives the repeat buyers among {@code customers} their highest
   * likelihood; customers without a repeat purchase carry no spend information and are left out, as
   * in the published fits.
   *
   * @param customers customers, never null, of whom at least one is a repeat buyer
   * @throws ValidationException naming every repeat buyer whose mean repeat spend is not positive
   *     (the model has no room for free purchases, nor for unknown spend)
   * @throws ModelFitException if there is no repeat buyer, or the likelihood has no finite maximum
   */
  public static GammaGammaModel fit(List<? extends CustomerSummary<?>> customers) {
    requireNonNull(customers, "customers");
    List<CustomerSummary<?>> repeatBuyers = new ArrayList<>();
    List<FieldError> errors = new ArrayList<>();
    for (int i = 0; i < customers.size(); i++) {
      CustomerSummary<?> customer = requireNonNull(customers.get(i), "customer summary");
      if (customer.repeatBuyer()) {
        if (customer.meanRepeatSpend() > 0) {
          repeatBuyers.add(customer);
        } else {
          errors.add(
              FieldError.of(
                  "customers[" + i + "].meanRepeatSpend",
                  customer.meanRepeatSpend(),
                  "customer "
                      + customer.customer()
                      + " made repeat purchases, so the spend model needs their positive mean"));
        }
      }
    }
    if (!errors.isEmpty()) {
      throw new ValidationException("spends of " + NAME + " fit", errors);
    }
    if (repeatBuyers.isEmpty()) {
      throw new ModelFitException(
          NAME, customers.size(), "no customer made a repeat purchase to learn spend from");
    }
    GammaGammaLikelihood likelihood = GammaGammaLikelihood.of(repeatBuyers);
    double[] fitted =
        MaximumLikelihood.maximise(
                NAME,
                repeatBuyers.size(),
                x -> likelihood.logLikelihood(x[0], x[1], x[2]),
                new double[] {1, 2, likelihood.grandMean()})
            .parameters();
    return new GammaGammaModel(fitted[0], fitted[1], fitted[2]);
  }

  /**
   * Returns the log-likelihood of the repeat buyers among {@code customers}, each with a positive
   * mean repeat spend.
   */
  public double logLikelihood(List<? extends CustomerSummary<?>> customers) {
    requireNonNull(customers, "customers");
    List<CustomerSummary<?>> repeatBuyers = new ArrayList<>();
    for (CustomerSummary<?> customer : customers) {
      if (customer.repeatBuyer()) {
        checkArgument(
            customer.meanRepeatSpend() > 0,
            "customer %s made repeat purchases but has no positive mean spend",
            customer.customer());
        repeatBuyers.add(customer);
      }
    }
    return repeatBuyers.isEmpty()
        ? 0
        : GammaGammaLikelihood.of(repeatBuyers).logLikelihood(p, q, v);
  }

  /**
   * Returns the mean spend per purchase across customers, {@code p v / (q - 1)}: what a customer
   * without repeat purchases is expected to spend.
   *
   * @throws IllegalStateException if {@code q <= 1}, where the population mean is infinite
   */
  public double populationMeanSpend() {
    if (q <= 1) {
      throw new IllegalStateException(
          "a Gamma-Gamma model with q = " + q + " <= 1 has no finite mean spend");
    }
    return p * v / (q - 1);
  }

  /**
   * Returns the expected spend of {@code customer}'s next purchases: a weighted mean of the
   * population's mean and the customer's own mean repeat spend, {@code p (v + x m) / (p x + q -
   * 1)}.
   *
   * @throws IllegalArgumentException if the customer made repeat purchases with no positive mean
   * @throws IllegalStateException if the expectation is infinite ({@code p x + q <= 1})
   */
  public double expectedSpend(CustomerSummary<?> customer) {
    requireNonNull(customer, "customer");
    int x = customer.frequency();
    if (x == 0) {
      return populationMeanSpend();
    }
    checkArgument(
        customer.meanRepeatSpend() > 0,
        "customer %s made repeat purchases but has no positive mean spend",
        customer.customer());
    double denominator = p * x + q - 1;
    if (denominator <= 0) {
      throw new IllegalStateException(
          "the expected spend is infinite for p x + q <= 1: p = "
              + p
              + ", q = "
              + q
              + ", x = "
              + x);
    }
    return p * (v + x * customer.meanRepeatSpend()) / denominator;
  }

  private static void checkParameter(String name, double value) {
    checkArgument(
        Double.isFinite(value) && value > 0,
        "Gamma-Gamma parameter %s must be positive and finite: %s",
        name,
        value);
  }
}
