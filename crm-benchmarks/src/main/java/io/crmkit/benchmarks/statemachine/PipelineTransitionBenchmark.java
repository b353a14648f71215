package io.crmkit.benchmarks.statemachine;

import io.crmkit.benchmarks.statemachine.SalesPipeline.Move;
import io.crmkit.benchmarks.statemachine.SalesPipeline.Opportunity;
import io.crmkit.benchmarks.statemachine.SalesPipeline.Stage;
import java.math.BigDecimal;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Transitions per second, and with {@code -prof gc} bytes allocated per transition, of crmkit's
 * state machine and Spring Statemachine on the same sales pipeline.
 *
 * <p>{@code win*} takes a new deal through all five moves to Won (the guarded move included) and
 * counts five operations, so scores are per transition; Spring restores its machine once per deal.
 * {@code move*} is one request on one deal: restore (Spring) and fire the guarded move from Demo to
 * Proposal. Each benchmark checks the stage it reaches, so a refused move cannot pass for a fast
 * one.
 *
 * <p>The default warm-up is long because Spring Statemachine's reactive code path needs tens of
 * thousands of calls before the JIT has compiled it: with 3 warm-ups of 2 s it is measured while
 * still getting faster, about ten times below its steady state.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 6, time = 10)
@Measurement(iterations = 5, time = 2)
public class PipelineTransitionBenchmark {

  private static final int WINNING_MOVES = 5;

  private final Opportunity deal = new Opportunity("deal-1", new BigDecimal("12000.00"));
  private CrmkitPipeline crmkit;
  private SpringPipeline spring;

  @Setup
  public void setUp() {
    crmkit = new CrmkitPipeline();
    spring = new SpringPipeline();
  }

  @Benchmark
  @OperationsPerInvocation(WINNING_MOVES)
  public Stage winCrmkit() {
    return expect(Stage.WON, crmkit.win(deal));
  }

  @Benchmark
  @OperationsPerInvocation(WINNING_MOVES)
  public Stage winSpring() {
    return expect(Stage.WON, spring.win(deal));
  }

  @Benchmark
  public Stage moveCrmkit() {
    return expect(Stage.PROPOSAL, crmkit.move(Stage.DEMO, Move.PROPOSE, deal));
  }

  @Benchmark
  public Stage moveSpring() {
    return expect(Stage.PROPOSAL, spring.move(Stage.DEMO, Move.PROPOSE, deal));
  }

  private static Stage expect(Stage expected, Stage actual) {
    if (actual != expected) {
      throw new IllegalStateException("expected to reach " + expected + " but reached " + actual);
    }
    return actual;
  }
}
