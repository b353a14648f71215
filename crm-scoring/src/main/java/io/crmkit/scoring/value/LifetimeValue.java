package io.crmkit.scoring.value;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Customer lifetime value: a {@link BgNbdModel} for how many purchases a customer will make and a
 * {@link GammaGammaModel} for what each will be worth, combined over a {@link ValueHorizon} with
 * its discount rate.
 *
 * <p>The value of a customer is the sum over the horizon's periods of the purchases expected in
 * each period, discounted by {@code (1 + rate)^period}, times the expected spend per purchase: the
 * discounted expected residual transactions times expected spend, cut into whole periods as the
 * {@code lifetimes} package does. Immutable and thread-safe.
 *
 * @param transactions the repeat-purchase model, never null
 * @param spend the spend model, never null
 * @since 0.1
 */
public record LifetimeValue(BgNbdModel transactions, GammaGammaModel spend) {

  private static final Comparator<CustomerValue<?>> MOST_VALUABLE_FIRST =
      Comparator.comparingDouble((CustomerValue<?> value) -> -value.value());

  /** Creates a {@code LifetimeValue}, checking its components as the type's comment describes. */
  public LifetimeValue {
    requireNonNull(transactions, "transactions model");
    requireNonNull(spend, "spend model");
  }

  /** Returns the value model of {@code transactions} and {@code spend}. */
  public static LifetimeValue of(BgNbdModel transactions, GammaGammaModel spend) {
    return new LifetimeValue(transactions, spend);
  }

  /**
   * Fits both models to {@code customers}: the BG/NBD model to all of them, the Gamma-Gamma model
   * to the repeat buyers.
   *
   * @throws ModelFitException if either model cannot be fitted
   * @throws io.crmkit.core.ValidationException if a repeat buyer has no positive mean spend
   */
  public static LifetimeValue fit(List<? extends CustomerSummary<?>> customers) {
    return new LifetimeValue(BgNbdModel.fit(customers), GammaGammaModel.fit(customers));
  }

  /** Returns the value of {@code customer} over {@code horizon}. */
  public <C> CustomerValue<C> estimate(CustomerSummary<C> customer, ValueHorizon horizon) {
    requireNonNull(customer, "customer");
    requireNonNull(horizon, "horizon");
    double expected = 0;
    double discounted = 0;
    double discount = 1;
    for (int period = 1; period <= horizon.periods(); period++) {
      double cumulative =
          transactions.expectedTransactions(customer, period * horizon.periodLength());
      // a cumulative expectation never falls; rounding must not make a period negative
      double inPeriod = Math.max(0, cumulative - expected);
      discount /= 1 + horizon.discountRate();
      discounted += inPeriod * discount;
      expected = Math.max(expected, cumulative);
    }
    double spendPerPurchase = spend.expectedSpend(customer);
    return new CustomerValue<>(
        customer.customer(),
        transactions.probabilityAlive(customer),
        expected,
        discounted,
        spendPerPurchase,
        discounted * spendPerPurchase);
  }

  /** Returns the value of every customer over {@code horizon}, the most valuable first. */
  public <C> List<CustomerValue<C>> estimateAll(
      List<CustomerSummary<C>> customers, ValueHorizon horizon) {
    requireNonNull(customers, "customers");
    List<CustomerValue<C>> values = new ArrayList<>(customers.size());
    for (CustomerSummary<C> customer : customers) {
      values.add(estimate(customer, horizon));
    }
    values.sort(MOST_VALUABLE_FIRST);
    return List.copyOf(values);
  }
}
