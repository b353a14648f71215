package io.crmkit.core.automation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.Crm;
import io.crmkit.core.task.TaskDetails;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AutomationReplayTests {

  private static final Instant MONDAY = Instant.parse("2026-03-02T09:00:00Z");

  @Test
  void runsEachItemAtTheEndOfTheStepInWhichItFallsDue() {
    ReplayClock clock = ReplayClock.at(MONDAY);
    List<Instant> ranAt = new ArrayList<>();
    Crm crm = Crm.builder().clock(clock).dueWork(recorder(ranAt)).build();
    for (int minutes : new int[] {0, 30, 60, 61, 24 * 60}) {
      crm.automation()
          .schedule(DueKind.of("ping"), "ping-" + minutes, MONDAY.plusSeconds(60L * minutes), "");
    }

    DueRun run = AutomationReplay.of(crm, clock).advance(Duration.ofHours(3), Duration.ofHours(1));

    assertThat(run.done()).isEqualTo(4);
    assertThat(clock.instant()).isEqualTo(MONDAY.plus(Duration.ofHours(3)));
    assertThat(ranAt)
        .containsExactly(
            MONDAY,
            MONDAY.plus(Duration.ofHours(1)),
            MONDAY.plus(Duration.ofHours(1)),
            MONDAY.plus(Duration.ofHours(2)));
  }

  @Test
  void endsExactlyAfterTheTotalWhenTheLastStepIsShorter() {
    ReplayClock clock = ReplayClock.at(MONDAY);
    Crm crm = Crm.builder().clock(clock).build();

    AutomationReplay.of(crm, clock).advance(Duration.ofMinutes(90), Duration.ofHours(1));

    assertThat(clock.instant()).isEqualTo(MONDAY.plus(Duration.ofMinutes(90)));
  }

  @Test
  void refusesACrmOnAnotherClockAndAClockMovingBack() {
    ReplayClock clock = ReplayClock.at(MONDAY);
    Crm other = Crm.builder().clock(Clock.systemUTC()).build();

    assertThatThrownBy(() -> AutomationReplay.of(other, clock))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("replay's clock");
    assertThatThrownBy(() -> clock.advance(Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("only moves forward");
  }

  private static DueWork recorder(List<Instant> ranAt) {
    return new DueWork() {
      @Override
      public DueKind kind() {
        return DueKind.of("ping");
      }

      @Override
      public String perform(DueItem item, Crm crm) {
        ranAt.add(crm.clock().instant());
        crm.tasks().create(TaskDetails.builder().title(item.key()).dueAt(item.dueAt()).build());
        return "pinged";
      }
    };
  }
}
