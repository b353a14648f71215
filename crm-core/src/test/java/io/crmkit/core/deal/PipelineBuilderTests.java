package io.crmkit.core.deal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.crmkit.core.Crm;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PipelineBuilderTests {

  private final Crm crm = Crm.inMemory();

  @Test
  void givesEveryStageANewIdAndClosesThePipelineWithWonAndLost() {
    Pipeline sales =
        crm.pipelines().builder("Sales").stage("Qualified", 20).stage("Proposal", 60).create();
    Pipeline renewals = crm.pipelines().builder("Renewals").stage("Qualified", 20).create();

    assertThat(sales.stages())
        .extracting(Stage::name, Stage::kind, Stage::probability)
        .containsExactly(
            tuple("Qualified", StageKind.OPEN, 20),
            tuple("Proposal", StageKind.OPEN, 60),
            tuple("Won", StageKind.WON, 100),
            tuple("Lost", StageKind.LOST, 0));
    assertThat(sales.stages()).extracting(Stage::id).doesNotHaveDuplicates();
    assertThat(renewals.stages())
        .extracting(Stage::id)
        .doesNotContainAnyElementsOf(sales.stages().stream().map(Stage::id).toList());
    assertThat(sales.policy()).isEqualTo(PipelinePolicy.FLEXIBLE);
    assertThat(crm.pipelines().list()).containsExactly(sales, renewals);
  }

  @Test
  void refinesTheStageAddedLast() {
    Pipeline sales =
        crm.pipelines()
            .builder("Sales")
            .stage("Qualified", 20)
            .stage("Proposal", 60)
            .requiring(DealField.AMOUNT)
            .rottingAfterDays(14)
            .create();

    assertThat(sales.stageNamed("Qualified").orElseThrow().requiredFields()).isEmpty();
    assertThat(sales.stageNamed("Qualified").orElseThrow().rottingAfterDays()).isNull();
    assertThat(sales.stageNamed("Proposal").orElseThrow().requiredFields())
        .isEqualTo(Set.of(DealField.AMOUNT));
    assertThat(sales.stageNamed("Proposal").orElseThrow().rottingAfterDays()).isEqualTo(14);
  }

  @Test
  void refusesToRefineBeforeAStageOrToCreateWithoutOne() {
    PipelineBuilder empty = crm.pipelines().builder("Empty");

    assertThatThrownBy(() -> empty.requiring(DealField.AMOUNT))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("pipeline 'Empty' has no stage yet: add one with stage(..)");
    assertThatThrownBy(() -> empty.rottingAfterDays(3)).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(empty::create).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> empty.stage("Too sure", 101))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(crm.pipelines().list()).isEmpty();
  }
}
