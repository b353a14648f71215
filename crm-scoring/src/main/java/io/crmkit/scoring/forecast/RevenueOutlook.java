package io.crmkit.scoring.forecast;

import static java.util.Objects.requireNonNull;

import java.util.Map;
import java.util.Optional;

/**
 * What a {@link MonteCarloForecast} found: the simulated revenue of each sales period that an open
 * deal closes in, in period order, and of all of them together.
 *
 * @param periods the revenue of each period, in period order; periods without deals are absent
 * @param total the revenue of all periods together
 * @param runs how many runs were made
 * @param seed the seed the draws came from
 * @since 0.1
 */
public record RevenueOutlook(
    Map<SalesPeriod, SimulatedRevenue> periods, SimulatedRevenue total, int runs, long seed) {

  /** Creates a {@code RevenueOutlook}, checking its components as the type's comment describes. */
  public RevenueOutlook {
    requireNonNull(periods, "periods");
    requireNonNull(total, "total");
    periods = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(periods));
  }

  /** Returns the revenue of {@code period}, if a deal closes in it. */
  public Optional<SimulatedRevenue> period(SalesPeriod period) {
    return Optional.ofNullable(periods.get(requireNonNull(period, "period")));
  }
}
