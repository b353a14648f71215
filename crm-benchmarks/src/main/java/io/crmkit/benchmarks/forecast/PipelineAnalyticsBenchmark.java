package io.crmkit.benchmarks.forecast;

import io.crmkit.core.deal.Pipeline;
import io.crmkit.scoring.forecast.PipelineAnalytics;
import io.crmkit.scoring.forecast.PipelineReport;
import io.crmkit.scoring.forecast.PipelineSummary;
import io.crmkit.scoring.forecast.ReportingBasis;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
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
 * Pipeline analytics over a million deals with five million stage history records, on one thread.
 *
 * <p>{@code report} computes every figure of a {@link PipelineReport} in one pass: the summary per
 * stage, the weighted forecast by close month, owner and category, win rates by period, owner and
 * source, deal size, the sales cycle with its median, stage-to-stage conversion, time in stage and
 * rotting deals. {@code pipelineAt} rebuilds the open pipeline as it stood a year earlier from the
 * stage histories. Each checks the number of deals it saw, so an empty pass cannot pass for a fast
 * one.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
    value = 1,
    jvmArgs = {"-Xms4g", "-Xmx4g"})
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
public class PipelineAnalyticsBenchmark {

  @Param("1000000")
  public int deals;

  private GeneratedSales sales;
  private List<Pipeline> pipelines;
  private PipelineAnalytics analytics;

  @Setup(Level.Trial)
  public void setUp() {
    sales = new GeneratedSales(deals, 20261122L);
    if (sales.historyRecords != 5L * deals) {
      throw new IllegalStateException(
          "expected " + 5L * deals + " history records, generated " + sales.historyRecords);
    }
    pipelines = List.of(sales.pipeline);
    analytics =
        PipelineAnalytics.of(
            ReportingBasis.of(Currency.getInstance("EUR"), ZoneId.of("Europe/Berlin")));
  }

  @Benchmark
  public PipelineReport report() {
    PipelineReport report = analytics.analyse(sales.deals, pipelines, GeneratedSales.NOW);
    long decided = report.winRates().overall().decided();
    if (report.openDeals() + decided != deals) {
      throw new IllegalStateException(
          "counted " + report.openDeals() + " open and " + decided + " decided of " + deals);
    }
    return report;
  }

  @Benchmark
  public List<PipelineSummary> pipelineAt() {
    List<PipelineSummary> then =
        analytics.pipelineAt(
            sales.deals, pipelines, GeneratedSales.NOW.minus(Duration.ofDays(365)));
    if (then.get(0).deals() == 0) {
      throw new IllegalStateException("no deal was open a year earlier");
    }
    return then;
  }
}
