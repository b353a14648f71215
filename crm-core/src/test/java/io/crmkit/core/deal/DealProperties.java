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
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Random command sequences on a deal: whatever happens, the deal's history is a path through its
 * pipeline's machine, closed deals accept only reopening, times in stages add up to its age and won
 * and lost deals have probability 100 and 0.
 */
class DealProperties {

  private static final Reason PRICE = Reason.of("price", "Price too high");
  private static final int STAGES = PipelineFixtures.salesStages().size();

  /**
   * One command on the deal, so that a shrunk failure reads as the sequence of commands that broke
   * the invariants: {@code [MoveTo[stage=2], Win[], Reopen[stage=1]]}.
   */
  sealed interface Command {

    /** Applies the command to {@code deal} at {@code now}; refusals throw. */
    Deal apply(Pipeline pipeline, Deal deal, Instant now);

    /** The move the command asks of the pipeline's machine, if it is a move. */
    default @Nullable StageMove move(Pipeline pipeline) {
      return null;
    }

    /** Returns the instant the next command happens at. */
    default Instant after(Instant now) {
      return now;
    }
  }

  /** Moves the deal to the pipeline's stage at index {@code stage}. */
  record MoveTo(int stage) implements Command {
    @Override
    public Deal apply(Pipeline pipeline, Deal deal, Instant now) {
      return deal.moveTo(pipeline, stageAt(pipeline, stage), now, OWNER).state();
    }

    @Override
    public StageMove move(Pipeline pipeline) {
      return StageMove.moveTo(stageAt(pipeline, stage));
    }
  }

  /** Wins the deal. */
  record Win() implements Command {
    @Override
    public Deal apply(Pipeline pipeline, Deal deal, Instant now) {
      return deal.win(pipeline, now, OWNER).state();
    }

    @Override
    public StageMove move(Pipeline pipeline) {
      return StageMove.win(pipeline.wonStage().id());
    }
  }

  /** Loses the deal for the price. */
  record Lose() implements Command {
    @Override
    public Deal apply(Pipeline pipeline, Deal deal, Instant now) {
      return deal.lose(pipeline, PRICE, now, OWNER).state();
    }

    @Override
    public StageMove move(Pipeline pipeline) {
      return StageMove.lose(pipeline.lostStage().id());
    }
  }

  /** Reopens the deal into the pipeline's stage at index {@code stage}. */
  record Reopen(int stage) implements Command {
    @Override
    public Deal apply(Pipeline pipeline, Deal deal, Instant now) {
      return deal.reopen(pipeline, stageAt(pipeline, stage), now, OWNER).state();
    }

    @Override
    public StageMove move(Pipeline pipeline) {
      return StageMove.reopen(stageAt(pipeline, stage));
    }
  }

  /** Removes the amount and close date if the deal has them, or fills them in. */
  record ToggleAmount() implements Command {
    @Override
    public Deal apply(Pipeline pipeline, Deal deal, Instant now) {
      return deal.update(toggledAmount(deal), now, OWNER).state();
    }
  }

  /** Lets time pass before the next command. */
  record Wait(Duration time) implements Command {
    @Override
    public Deal apply(Pipeline pipeline, Deal deal, Instant now) {
      return deal;
    }

    @Override
    public Instant after(Instant now) {
      return now.plus(time);
    }
  }

  private static StageId stageAt(Pipeline pipeline, int index) {
    return pipeline.stages().get(index).id();
  }

  private static Gen<PipelinePolicy> policies() {
    return booleans().all().zip(booleans().all(), PipelinePolicy::new);
  }

  /** Commands in the proportions of the stateful test: two in seven let time pass. */
  private static Gen<Command> commands() {
    Gen<Integer> stages = integers().between(0, STAGES - 1);
    Gen<Command> waits =
        integers().between(0, 9_999).map(minutes -> new Wait(Duration.ofMinutes(minutes)));
    return integers()
        .between(0, 6)
        .<Command>flatMap(
            kind ->
                switch (kind) {
                  case 0 -> stages.map(MoveTo::new);
                  case 1 -> Generate.constant(new Win());
                  case 2 -> Generate.constant(new Lose());
                  case 3 -> stages.map(Reopen::new);
                  case 4 -> Generate.constant(new ToggleAmount());
                  default -> waits;
                });
  }

  @Test
  void anyCommandSequenceKeepsTheDealsInvariants() {
    qt().forAll(policies(), lists().of(commands()).ofSizeBetween(0, 60), booleans().all())
        .checkAssert(
            (policy, commands, ready) -> {
              Pipeline pipeline = PipelineFixtures.salesPipeline(policy);
              DealFixtures fixture = DealFixtures.aDeal(pipeline);
              Deal deal = (ready ? fixture.readyForProposal() : fixture).build();
              Instant now = TestClock.START;
              for (Command command : commands) {
                Deal before = deal;
                try {
                  deal = command.apply(pipeline, deal, now);
                  if (command.move(pipeline) != null) {
                    assertThat(deal.history()).hasSize(before.history().size() + 1);
                  }
                } catch (IllegalTransitionException
                    | TransitionRefusedException
                    | ValidationException refused) {
                  assertThat(deal).isSameAs(before);
                  checkRefusal(pipeline, before, command, refused);
                }
                now = command.after(now);
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
      Pipeline pipeline, Deal deal, Command command, RuntimeException refused) {
    StateMachine<StageId, StageMove, DealDetails> machine = pipeline.dealMachine();
    Set<StageMove> allowed = machine.allowedEvents(deal.stageId());
    StageMove move = command.move(pipeline);
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
      assertThat(command).isInstanceOf(ToggleAmount.class);
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
