package io.crmkit.core.deal;

import static io.crmkit.core.fixtures.ContactFixtures.OWNER;
import static io.crmkit.core.fixtures.ContactFixtures.TENANT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.Crm;
import io.crmkit.core.fixtures.PipelineFixtures;
import io.crmkit.core.fixtures.TestClock;
import io.crmkit.core.memory.InMemoryCrmStorage;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Pipelines edited and exported through {@link Crm}, on a test clock. */
class PipelineTests {

  private final TestClock clock = TestClock.atStart();

  private final Crm crm =
      Crm.builder()
          .storage(InMemoryCrmStorage.create())
          .tenant(TENANT)
          .actor(OWNER)
          .clock(clock)
          .build();

  private Pipeline sales(PipelinePolicy policy) {
    return crm.pipelines().create("Sales", PipelineFixtures.salesStages(), policy);
  }

  @Test
  void refusesToRemoveAStageThatHoldsDealsWithoutATargetAndChangesNothing() {
    Pipeline pipeline = sales(PipelinePolicy.STRICT);
    Deal deal =
        crm.deals()
            .open(
                pipeline.id(),
                PipelineFixtures.QUALIFIED,
                DealDetails.builder().name("Acme").build());

    assertThatThrownBy(
            () ->
                crm.pipelines()
                    .removeStage(pipeline.id(), pipeline.version(), PipelineFixtures.QUALIFIED))
        .isInstanceOf(StageNotEmptyException.class)
        .hasMessage(
            "stage 'Qualified' of pipeline "
                + pipeline.id()
                + " holds 1 deal: name a target stage to move them to");
    assertThat(crm.pipelines().get(pipeline.id())).isEqualTo(pipeline);
    assertThat(crm.deals().get(deal.id())).isEqualTo(deal);
  }

  @Test
  void removingAStageMovesItsDealsToTheTargetWithHistory() {
    Pipeline pipeline = sales(PipelinePolicy.STRICT);
    Deal deal =
        crm.deals()
            .open(
                pipeline.id(),
                PipelineFixtures.QUALIFIED,
                DealDetails.builder().name("Acme").build());
    clock.advance(Duration.ofHours(5));

    Pipeline edited =
        crm.pipelines()
            .removeStage(
                pipeline.id(),
                pipeline.version(),
                PipelineFixtures.QUALIFIED,
                PipelineFixtures.NEW);

    assertThat(edited.findStage(PipelineFixtures.QUALIFIED)).isEmpty();
    Deal moved = crm.deals().get(deal.id());
    assertThat(moved.stageId()).isEqualTo(PipelineFixtures.NEW);
    StageChange last = moved.history().get(moved.history().size() - 1);
    assertThat(last.kind()).isEqualTo(StageChange.Kind.RELOCATED);
    assertThat(last.from()).isEqualTo(PipelineFixtures.QUALIFIED);
    assertThat(last.timeInPrevious()).isEqualTo(Duration.ofHours(5));
    assertThat(crm.deals().count(DealQuery.all().inStage(PipelineFixtures.QUALIFIED))).isZero();
  }

  @Test
  void exportsAPipelineAsMermaidAndDotWithStageNames() {
    Pipeline pipeline = sales(PipelinePolicy.STRICT);

    assertThat(PipelineDiagrams.toMermaid(pipeline))
        .startsWith("stateDiagram-v2\n    state \"New\" as s0\n")
        .contains("    s0 --> s1 : move\n", "    s1 --> s2 : move [guarded]\n")
        .contains("    s4 --> [*]\n", "    s5 --> s0 : reopen\n");
    assertThat(PipelineDiagrams.toDot(pipeline))
        .contains("s4 [label=\"Won\", peripheries=2];", "s1 -> s2 [label=\"move [guarded]\"];");
  }
}
