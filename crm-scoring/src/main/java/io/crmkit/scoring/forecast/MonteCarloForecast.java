package io.crmkit.scoring.forecast;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.crmkit.core.money.CurrencyMismatchException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * A pipeline forecast with its uncertainty: each run draws every open deal as won with its
 * probability, adds the amounts won into the sales periods of their close dates, and the runs
 * together give each period's revenue as a distribution: P10, P50, P90 and the probability of
 * reaching a quota, where a weighted forecast gives one number.
 *
 * <pre>{@code
 * RevenueOutlook outlook =
 *     MonteCarloForecast.of(Currency.getInstance("EUR"), PeriodUnit.QUARTER)
 *         .runs(10_000)
 *         .seed(42)
 *         .simulate(deals.stream().flatMap(d -> SimulatedDeal.atStageProbability(d).stream()).toList());
 * SimulatedRevenue q3 = outlook.period(SalesPeriod.quarter(2026, 3)).orElseThrow();
 * double chance = q3.probabilityOfReaching(Money.of("250000", "EUR"));
 * }</pre>
 *
 * <p>Deals are drawn independently. The same deals, runs and seed give the same outlook on every
 * machine (the draws come from a {@link SplittableRandom} seeded with it). Immutable and
 * thread-safe.
 *
 * @since 0.1
 */
public final class MonteCarloForecast {

  /** The runs of a forecast unless set. */
  public static final int DEFAULT_RUNS = 10_000;

  /** The most runs a forecast may make. */
  public static final int MAX_RUNS = 1_000_000;

  private final Currency currency;
  private final PeriodUnit unit;
  private final int runs;
  private final long seed;

  private MonteCarloForecast(Currency currency, PeriodUnit unit, int runs, long seed) {
    this.currency = currency;
    this.unit = unit;
    this.runs = runs;
    this.seed = seed;
  }

  /**
   * Returns a forecast in {@code currency} by periods of {@code unit}, of {@value #DEFAULT_RUNS}
   * runs with seed 0.
   */
  public static MonteCarloForecast of(Currency currency, PeriodUnit unit) {
    requireNonNull(currency, "currency");
    requireNonNull(unit, "unit");
    checkArgument(
        currency.getDefaultFractionDigits() >= 0, "currency %s has no minor unit", currency);
    return new MonteCarloForecast(currency, unit, DEFAULT_RUNS, 0);
  }

  /**
   * Returns this forecast with {@code count} runs.
   *
   * @param count 1 to {@value #MAX_RUNS}
   */
  public MonteCarloForecast runs(int count) {
    checkArgument(count >= 1 && count <= MAX_RUNS, "runs must be 1 to %s: %s", MAX_RUNS, count);
    return new MonteCarloForecast(currency, unit, count, seed);
  }

  /** Returns this forecast drawing from {@code value}: the same seed, the same outlook. */
  public MonteCarloForecast seed(long value) {
    return new MonteCarloForecast(currency, unit, runs, value);
  }

  /**
   * Simulates {@code deals} and returns each period's revenue and the total's.
   *
   * @throws CurrencyMismatchException if a deal is in another currency
   */
  public RevenueOutlook simulate(Collection<SimulatedDeal> deals) {
    requireNonNull(deals, "deals");
    TreeMap<SalesPeriod, Integer> periods = new TreeMap<>();
    for (SimulatedDeal deal : deals) {
      requireNonNull(deal, "deal");
      if (!deal.amount().currency().equals(currency)) {
        throw new CurrencyMismatchException(currency, deal.amount().currency());
      }
      periods.put(SalesPeriod.of(deal.closeDate(), unit), 0);
    }
    List<SalesPeriod> order = new ArrayList<>(periods.keySet());
    for (int i = 0; i < order.size(); i++) {
      periods.put(order.get(i), i);
    }
    int n = deals.size();
    long[] amounts = new long[n];
    double[] probabilities = new double[n];
    int[] periodOf = new int[n];
    int i = 0;
    for (SimulatedDeal deal : deals) {
      amounts[i] = deal.amount().amount().unscaledValue().longValueExact();
      probabilities[i] = deal.probability();
      periodOf[i] = periods.get(SalesPeriod.of(deal.closeDate(), unit));
      i++;
    }
    long[][] byPeriod = draw(amounts, probabilities, periodOf, order.size());
    long[] total = new long[runs];
    Map<SalesPeriod, SimulatedRevenue> revenue = new LinkedHashMap<>();
    for (int p = 0; p < order.size(); p++) {
      for (int run = 0; run < runs; run++) {
        total[run] = Math.addExact(total[run], byPeriod[p][run]);
      }
      revenue.put(order.get(p), new SimulatedRevenue(currency, byPeriod[p]));
    }
    return new RevenueOutlook(revenue, new SimulatedRevenue(currency, total), runs, seed);
  }

  /** Returns each period's revenue in each run: the hot loop, one draw per deal and run. */
  private long[][] draw(long[] amounts, double[] probabilities, int[] periodOf, int periodCount) {
    long[][] byPeriod = new long[periodCount][runs];
    SplittableRandom random = new SplittableRandom(seed);
    for (int run = 0; run < runs; run++) {
      for (int deal = 0; deal < amounts.length; deal++) {
        if (random.nextDouble() < probabilities[deal]) {
          byPeriod[periodOf[deal]][run] += amounts[deal];
        }
      }
    }
    return byPeriod;
  }
}
