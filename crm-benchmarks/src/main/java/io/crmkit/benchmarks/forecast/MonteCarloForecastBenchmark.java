package io.crmkit.benchmarks.forecast;

import io.crmkit.core.money.Money;
import io.crmkit.scoring.forecast.MonteCarloForecast;
import io.crmkit.scoring.forecast.PeriodUnit;
import io.crmkit.scoring.forecast.RevenueOutlook;
import io.crmkit.scoring.forecast.SalesPeriod;
import io.crmkit.scoring.forecast.SimulatedDeal;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A Monte Carlo forecast of 10,000 open deals over 10,000 runs (100 million draws), closing over
 * four quarters: {@code forecast} is {@link MonteCarloForecast#simulate} with its percentiles and
 * quota probability read, against the limit {@code bareDraws}, a loop over plain arrays that makes
 * the same draws from the same generator and adds the same amounts into the same per-quarter runs,
 * and nothing else.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
    value = 1,
    jvmArgs = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
public class MonteCarloForecastBenchmark {

  private static final Currency EUR = Currency.getInstance("EUR");
  private static final LocalDate FIRST_DAY = LocalDate.of(2026, 7, 1);
  private static final long SEED = 42;

  @Param("10000")
  public int deals;

  @Param("10000")
  public int runs;

  private List<SimulatedDeal> open;
  private MonteCarloForecast forecast;
  private Money quota;
  private long[] amounts;
  private double[] probabilities;
  private int[] quarterOf;

  @Setup(Level.Trial)
  public void setUp() {
    SplittableRandom random = new SplittableRandom(20261207L);
    open = new ArrayList<>(deals);
    amounts = new long[deals];
    probabilities = new double[deals];
    quarterOf = new int[deals];
    long expected = 0;
    for (int i = 0; i < deals; i++) {
      long euros = random.nextLong(1_000, 100_000);
      double probability = random.nextInt(5, 96) / 100.0;
      LocalDate close = FIRST_DAY.plusDays(random.nextInt(365));
      open.add(new SimulatedDeal(Money.of(BigDecimal.valueOf(euros), EUR), probability, close));
      amounts[i] = euros * 100;
      probabilities[i] = probability;
      quarterOf[i] = quarterIndex(SalesPeriod.of(close, PeriodUnit.QUARTER));
      expected += Math.round(euros * probability);
    }
    forecast = MonteCarloForecast.of(EUR, PeriodUnit.QUARTER).runs(runs).seed(SEED);
    quota = Money.of(BigDecimal.valueOf(expected), EUR);
  }

  private static int quarterIndex(SalesPeriod quarter) {
    SalesPeriod first = SalesPeriod.of(FIRST_DAY, PeriodUnit.QUARTER);
    return (quarter.year() - first.year()) * 4 + quarter.number() - first.number();
  }

  @Benchmark
  public double forecast() {
    RevenueOutlook outlook = forecast.simulate(open);
    if (outlook.total().runs() != runs || outlook.periods().size() != 4) {
      throw new IllegalStateException("expected " + runs + " runs over 4 quarters: " + outlook);
    }
    return outlook.total().probabilityOfReaching(quota)
        + outlook.total().p90().amount().doubleValue();
  }

  @Benchmark
  public long bareDraws() {
    long[][] byQuarter = new long[4][runs];
    SplittableRandom random = new SplittableRandom(SEED);
    for (int run = 0; run < runs; run++) {
      for (int deal = 0; deal < amounts.length; deal++) {
        if (random.nextDouble() < probabilities[deal]) {
          byQuarter[quarterOf[deal]][run] += amounts[deal];
        }
      }
    }
    long sum = 0;
    for (long[] quarter : byQuarter) {
      sum += quarter[runs - 1];
    }
    return sum;
  }
}
