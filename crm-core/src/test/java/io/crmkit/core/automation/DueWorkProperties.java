package io.crmkit.core.automation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.crmkit.core.Crm;
import io.crmkit.core.task.TaskDetails;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The due-work state machine under random interleavings of scheduling (a key seen before included),
 * clock steps and runs: each item is performed once, by the first run after it was scheduled whose
 * instant is at or after its due instant, and stays pending until then.
 */
class DueWorkProperties {

  private static final Instant START = Instant.parse("2026-03-02T09:00:00Z");
  private static final DueKind PING = DueKind.of("ping");

  @Test
  void everyItemRunsOnceAtTheFirstRunAtOrAfterItsDueInstant() {
    qt().withExamples(200)
        .forAll(lists().of(integers().between(0, 2_999)).ofSizeBetween(1, 60))
        .checkAssert(DueWorkProperties::replay);
  }

  private static void replay(List<Integer> steps) {
    ReplayClock clock = ReplayClock.at(START);
    Map<String, Integer> performed = new HashMap<>();
    Crm crm = Crm.builder().clock(clock).dueWork(counting(performed)).build();
    // each key's due instant, and how many runs had happened when it was scheduled
    Map<String, Instant> scheduled = new LinkedHashMap<>();
    Map<String, Integer> runsBefore = new HashMap<>();
    List<Instant> runs = new ArrayList<>();
    for (int step : steps) {
      int argument = step / 3;
      switch (step % 3) {
        case 0 -> {
          // twenty keys, so that some are scheduled twice; due up to 100 minutes away
          String key = "k" + argument % 20;
          Instant dueAt = clock.instant().plus(Duration.ofMinutes(argument % 100));
          boolean added = crm.automation().schedule(PING, key, dueAt, "");
          assertThat(added).isEqualTo(!scheduled.containsKey(key));
          if (scheduled.putIfAbsent(key, dueAt) == null) {
            runsBefore.put(key, runs.size());
          }
        }
        case 1 -> clock.advance(Duration.ofMinutes(argument % 50));
        default -> {
          crm.automation().runDue();
          runs.add(clock.instant());
        }
      }
    }
    crm.automation().runDue();
    runs.add(clock.instant());
    assertThat(crm.automation().runDue().finished()).isZero();

    scheduled.forEach(
        (key, dueAt) -> {
          DueItem item = crm.automation().item(key).orElseThrow();
          Instant firstRunAfter =
              runs.subList(runsBefore.get(key), runs.size()).stream()
                  .filter(run -> !run.isBefore(dueAt))
                  .findFirst()
                  .orElse(null);
          if (firstRunAfter == null) {
            assertThat(item.state()).isEqualTo(DueState.PENDING);
            assertThat(performed).doesNotContainKey(key);
          } else {
            assertThat(item.state()).isEqualTo(DueState.DONE);
            assertThat(item.finishedAt()).isEqualTo(firstRunAfter);
            assertThat(performed.get(key)).isEqualTo(1);
          }
        });
  }

  private static DueWork counting(Map<String, Integer> performed) {
    return new DueWork() {
      @Override
      public DueKind kind() {
        return PING;
      }

      @Override
      public String perform(DueItem item, Crm crm) {
        crm.tasks().create(TaskDetails.builder().title(item.key()).dueAt(item.dueAt()).build());
        performed.merge(item.key(), 1, Integer::sum);
        return "pinged";
      }
    };
  }
}
