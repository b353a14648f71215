package io.crmkit.core.automation;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.crmkit.core.Crm;
import java.time.Duration;
import java.time.Instant;

/**
 * The way to test a host's own automation: replays days or weeks of a CRM's due work in seconds by
 * moving its {@link ReplayClock} forward step by step and running the due work after each step, as
 * a host's timer would.
 *
 * <pre>{@code
 * ReplayClock clock = ReplayClock.at(Instant.parse("2026-03-02T09:00:00Z"));
 * Crm crm = Crm.builder().clock(clock).build();
 * crm.automation().define(stalledDealRule);
 * Deal deal = crm.deals().open(pipeline, details);
 * AutomationReplay.of(crm, clock).advance(Duration.ofDays(14), Duration.ofHours(1));
 * assertThat(crm.automation().log(RecordRef.of(RecordType.DEAL, deal.id()))) ...
 * }</pre>
 *
 * <p>An item due inside a step runs at the end of that step: the step is the precision of the
 * replay, as the timer's period is in production.
 *
 * @since 0.1
 */
public final class AutomationReplay {

  private final Crm crm;
  private final ReplayClock clock;

  private AutomationReplay(Crm crm, ReplayClock clock) {
    this.crm = requireNonNull(crm, "crm");
    this.clock = requireNonNull(clock, "clock");
    checkArgument(crm.clock() == clock, "the CRM must run on the replay's clock");
  }

  /**
   * Returns a replay of {@code crm}'s due work on {@code clock}.
   *
   * @throws IllegalArgumentException if {@code crm} does not run on {@code clock}
   */
  public static AutomationReplay of(Crm crm, ReplayClock clock) {
    return new AutomationReplay(crm, clock);
  }

  /**
   * Runs the due work now, then moves the clock {@code step} by {@code step} until {@code total}
   * has passed, running the due work after each step.
   *
   * @param total how long to replay, zero or more
   * @param step how far each step moves, at least a second and at most {@code total} (unless total
   *     is zero)
   * @return what the runs did, added up
   */
  public DueRun advance(Duration total, Duration step) {
    requireNonNull(total, "total");
    requireNonNull(step, "step");
    checkArgument(!total.isNegative(), "total must not be negative: %s", total);
    checkArgument(
        step.compareTo(Duration.ofSeconds(1)) >= 0, "step must be a second or more: %s", step);
    Instant end = clock.instant().plus(total);
    DueRun sum = crm.automation().runDue();
    while (clock.instant().isBefore(end)) {
      Duration left = Duration.between(clock.instant(), end);
      clock.advance(left.compareTo(step) < 0 ? left : step);
      DueRun run = crm.automation().runDue();
      sum =
          new DueRun(
              sum.done() + run.done(), sum.failed() + run.failed(), sum.batches() + run.batches());
    }
    return sum;
  }
}
