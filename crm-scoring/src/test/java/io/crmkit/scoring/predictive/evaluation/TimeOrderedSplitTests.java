package io.crmkit.scoring.predictive.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.crmkit.scoring.predictive.Observation;
import io.crmkit.scoring.predictive.Outcome;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TimeOrderedSplitTests {

  private static Observation closedOnDay(int day) {
    return Observation.of(
        Map.of(), Outcome.WON, Instant.parse("2026-03-01T00:00:00Z").plusSeconds(86_400L * day));
  }

  @Test
  void trainsOnTheEarliestAndTestsOnTheLatest() {
    Observation first = closedOnDay(1);
    Observation second = closedOnDay(2);
    Observation third = closedOnDay(3);
    Observation fourth = closedOnDay(4);
    Observation fifth = closedOnDay(5);

    TimeOrderedSplit split = TimeOrderedSplit.of(List.of(fifth, second, fourth, first, third), 0.8);

    assertThat(split.training()).containsExactly(first, second, third, fourth);
    assertThat(split.test()).containsExactly(fifth);
  }

  @Test
  void keepsTheGivenOrderAmongObservationsClosedAtTheSameInstant() {
    Observation a = closedOnDay(1);
    Observation b = Observation.of(Map.of(), Outcome.LOST, a.closedAt().orElseThrow());
    Observation c = closedOnDay(0);

    TimeOrderedSplit split = TimeOrderedSplit.of(List.of(a, b, c), 0.5);

    assertThat(split.training()).containsExactly(c);
    assertThat(split.test()).containsExactly(a, b);
  }

  @Test
  void rejectsFractionsThatLeaveAPartEmpty() {
    List<Observation> history = List.of(closedOnDay(1), closedOnDay(2));
    assertThatIllegalArgumentException()
        .isThrownBy(() -> TimeOrderedSplit.of(history, 1.0))
        .withMessage("training fraction must be in (0, 1): 1.0");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> TimeOrderedSplit.of(history, 0.4))
        .withMessage("a training fraction of 0.4 leaves a part of the 2 observations empty");
  }

  @Test
  void refusesObservationsWithoutAClosingInstantNamingTheFirst() {
    List<Observation> history =
        List.of(closedOnDay(1), Observation.of(Map.of(), Outcome.LOST), closedOnDay(2));

    assertThatIllegalArgumentException()
        .isThrownBy(() -> TimeOrderedSplit.of(history, 0.5))
        .withMessage(
            "observation 1 has no closing instant, so time cannot order it: split a history"
                + " already in time order with inGivenOrder");
  }

  @Test
  void splitsAHistoryWithoutInstantsInItsGivenOrder() {
    Observation first = Observation.of(Map.of(), Outcome.WON);
    Observation second = Observation.of(Map.of(), Outcome.LOST);
    Observation third = closedOnDay(0);

    TimeOrderedSplit split = TimeOrderedSplit.inGivenOrder(List.of(first, second, third), 0.67);

    assertThat(split.training()).containsExactly(first, second);
    assertThat(split.test()).containsExactly(third);
  }
}
