package io.crmkit.scoring.churn;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.crmkit.scoring.churn.internal.FeatureReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The customers to call first: those worth at least a given value whose churn risk rose by at least
 * a given amount between two instants, most value at risk first.
 *
 * @since 0.1
 */
public final class ChurnWatchlist {

  private ChurnWatchlist() {}

  /**
   * Returns the customers of {@code customers} with a value of at least {@code minimumValue} in
   * {@code values} whose risk under {@code model} rose by at least {@code minimumRise} from {@code
   * previous} to {@code now}, ordered by value at risk, highest first. Customers without a value,
   * or without a purchase before {@code previous}, are left out.
   *
   * @param minimumRise in [0, 1]
   */
  public static <C> List<AtRiskCustomer<C>> risingRisk(
      ChurnModel model,
      List<CustomerActivity<C>> customers,
      Map<C, Double> values,
      double minimumValue,
      double minimumRise,
      Instant previous,
      Instant now) {
    requireNonNull(model, "model");
    requireNonNull(customers, "customers");
    requireNonNull(values, "values");
    requireNonNull(previous, "previous");
    requireNonNull(now, "now");
    checkArgument(previous.isBefore(now), "previous %s must come before now %s", previous, now);
    checkArgument(
        minimumRise >= 0 && minimumRise <= 1, "minimum rise must be in [0, 1]: %s", minimumRise);
    List<AtRiskCustomer<C>> watchlist = new ArrayList<>();
    for (CustomerActivity<C> customer : customers) {
      Double value = values.get(customer.customer());
      if (value == null
          || value < minimumValue
          || !FeatureReader.boughtBefore(customer, previous)) {
        continue;
      }
      double before = model.risk(customer, previous).probability();
      ChurnRisk<C> current = model.risk(customer, now);
      if (current.probability() - before >= minimumRise) {
        watchlist.add(
            new AtRiskCustomer<>(
                customer.customer(), value, before, current.probability(), current.reasons()));
      }
    }
    watchlist.sort(Comparator.comparingDouble((AtRiskCustomer<C> c) -> -c.valueAtRisk()));
    return List.copyOf(watchlist);
  }
}
