package io.crmkit.core.deal;

import static io.crmkit.core.fixtures.ContactFixtures.OWNER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.crmkit.core.ValidationException;
import io.crmkit.core.fixtures.DealFixtures;
import io.crmkit.core.fixtures.PipelineFixtures;
import io.crmkit.core.fixtures.TestClock;
import io.crmkit.core.money.Money;
import io.crmkit.core.reason.Reason;
import io.crmkit.core.statemachine.IllegalTransitionException;
import io.crmkit.core.statemachine.StateMachine;
import io.crmkit.core.statemachine.TransitionRefusedException;
import io.crmkit.core.statemachine.TransitionRule;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Random command sequences on a deal: whatever happens, the deal's history is a path through its
 * pipeline's machine, closed deals accept only reopening, times in stages add up to its age and won
 * and lost deals have probability 100 and 0.
 */
class DealProperties {

  private static final Reason PRICE = Reason.of("price", "Price too high");
  private static final int OPS = 7;

  private static Gen<PipelinePolicy> policies() {
    return booleans().all().zip(booleans().all(), PipelinePolicy::new);
  }

  private static Gen<List<Integer>> steps() {
    return lists().of(integers().between(0, 99_999)).ofSizeBetween(0, 60);
  }

  @Test
  void anyCommandSequenceKeepsTheDealsInvariants() {
    qt().forAll(policies(), steps(), booleans().all())
        .checkAssert(
            (policy, steps, ready) -> {
              Pipeline pipeline = PipelineFixtures.salesPipeline(policy);
              DealFixtures fixture = DealFixtures.aDeal(pipeline);
              Deal deal = (ready ? fixture.readyForProposal() : fixture).build();
              Instant now = TestClock.START;
              for (int step : steps) {
                int op = step % OPS;
                int arg = step / OPS;
                StageId target = pipeline.stages().get(arg % pipeline.stages().size()).id();
                Deal before = deal;
                try {
                  deal =
                      switch (op) {
                        case 0 -> deal.moveTo(pipeline, target, now, OWNER).state();
                        case 1 -> deal.win(pipeline, now, OWNER).state();
                        case 2 -> deal.lose(pipeline, PRICE, now, OWNER).state();
                        case 3 -> deal.reopen(pipeline, target, now, OWNER).state();
                        case 4 -> deal.update(toggledAmount(deal), now, OWNER).state();
                        default -> deal;
                      };
                  if (op < 4) {
                    assertThat(deal.history()).hasSize(before.history().size() + 1);
                  }
                } catch (IllegalTransitionException
                    | TransitionRefusedException
                    | ValidationException refused) {
                  assertThat(deal).isSameAs(before);
                  checkRefusal(pipeline, before, op, target, refused);
                }
                if (op >= 5) {
                  now = now.plus(Duration.ofMinutes(arg % 10_000));
                }
                checkInvariants(pipeline, deal, now);
              }
            });
  }

  private static DealDetails toggledAmount(Deal deal) {
    DealDetails details = deal.details();
    return details.amount() == null
        ? details.toBuilder()
            .amount("5000", "EUR")
            .expectedCloseDate(LocalDate.of(2026, 9, 1))
            .build()
        : details.toBuilder().amount((Money) null).build();
  }

  /** A refusal happens exactly when the machine has no such move or a guard is not met. */
  private static void checkRefusal(
      Pipeline pipeline, Deal deal, int op, StageId target, RuntimeException refused) {
    StateMachine<StageId, StageMove, DealDetails> machine = pipeline.dealMachine();
    Set<StageMove> allowed = machine.allowedEvents(deal.stageId());
    StageMove move =
        switch (op) {
          case 0 -> StageMove.moveTo(target);
          case 1 -> StageMove.win(pipeline.wonStage().id());
          case 2 -> StageMove.lose(pipeline.lostStage().id());
          case 3 -> StageMove.reopen(target);
          default -> null;
        };
    if (refused instanceof IllegalTransitionException) {
      if (move == null) {
        assertThat(deal.isOpen()).isFalse();
      } else {
        assertThat(allowed).doesNotContain(move);
      }
    } else if (refused instanceof TransitionRefusedException) {
      assertThat(allowed).contains(move);
      assertThat(refused).hasMessageContaining("required to enter 'Proposal'");
    } else {
      assertThat(op).isEqualTo(4);
      assertThat(deal.stage().requiredFields()).isNotEmpty();
    }
  }

  private static void checkInvariants(Pipeline pipeline, Deal deal, Instant now) {
    StateMachine<StageId, StageMove, DealDetails> machine = pipeline.dealMachine();
    List<StageChange> history = deal.history();
    assertThat(history.get(0).kind()).isEqualTo(StageChange.Kind.OPENED);
    assertThat(history.get(0).to()).isEqualTo(machine.initial());
    Set<String> edges =
        machine.transitions().stream()
            .map(DealProperties::edge)
            .collect(Collectors.toUnmodifiableSet());
    Duration inStages = Duration.ZERO;
    for (int i = 1; i < history.size(); i++) {
      StageChange change = history.get(i);
      assertThat(change.from()).isEqualTo(history.get(i - 1).to());
      assertThat(edges).contains(change.from() + ">" + change.to());
      assertThat(change.at()).isAfterOrEqualTo(history.get(i - 1).at());
      inStages = inStages.plus(change.timeInPrevious());
      assertThat(deal.stageAt(change.at())).contains(lastAt(history, change.at()));
    }
    assertThat(deal.stageId()).isEqualTo(history.get(history.size() - 1).to());
    assertThat(inStages.plus(deal.timeInStage(now))).isEqualTo(deal.age(now));
    if (!deal.isOpen()) {
      assertThat(machine.allowedEvents(deal.stageId()))
          .allMatch(move -> move.kind() == StageMove.Kind.REOPEN);
    }
    if (deal.isWon()) {
      assertThat(deal.probability()).isEqualTo(100);
      assertThat(deal.forecastCategory()).isEqualTo(ForecastCategory.CLOSED);
    }
    if (deal.isLost()) {
      assertThat(deal.probability()).isZero();
      assertThat(deal.forecastCategory()).isEqualTo(ForecastCategory.OMITTED);
      assertThat(deal.lostReason()).contains("price");
    }
    if (deal.isOpen()) {
      assertThat(deal.probability()).isEqualTo(pipeline.stage(deal.stageId()).probability());
    }
  }

  private static StageChange lastAt(List<StageChange> history, Instant at) {
    StageChange last = history.get(0);
    for (StageChange change : history) {
      if (!change.at().isAfter(at)) {
        last = change;
      }
    }
    return last;
  }

  private static String edge(TransitionRule<StageId, StageMove> rule) {
    return rule.from() + ">" + rule.to();
  }
}
