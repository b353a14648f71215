package io.crmkit.core.deal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.Crm;
import io.crmkit.core.fixtures.PipelineFixtures;
import io.crmkit.core.fixtures.RecordingPublisher;
import io.crmkit.core.fixtures.TestClock;
import io.crmkit.core.reason.Reason;
import io.crmkit.core.reason.ReasonCatalogue;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DealBackdatingTests {

  private static final Instant NOW = TestClock.START;
  private static final Instant OPENED = NOW.minus(Duration.ofDays(90));
  private static final Instant QUALIFIED = NOW.minus(Duration.ofDays(80));
  private static final Instant WON = NOW.minus(Duration.ofDays(60));

  private final RecordingPublisher published = new RecordingPublisher();
  private Crm crm;
  private Pipeline pipeline;

  @BeforeEach
  void crm() {
    crm = Crm.builder().clock(TestClock.atStart()).eventPublisher(published).build();
    pipeline =
        crm.pipelines().create("Sales", PipelineFixtures.salesStages(), PipelinePolicy.FLEXIBLE);
    crm.reasons().define(ReasonCatalogue.LOST_DEAL, Reason.of("price", "Too expensive"));
  }

  @Test
  void recordsAnImportedDealsHistoryAtTheInstantsTheHostStates() {
    Deal deal =
        crm.deals().asOf(OPENED).open(pipeline.id(), DealDetails.builder().name("Past").build());
    deal = crm.deals().asOf(QUALIFIED).moveTo(deal, PipelineFixtures.QUALIFIED);
    deal = crm.deals().asOf(WON).win(deal);

    assertThat(deal.history()).extracting(StageChange::at).containsExactly(OPENED, QUALIFIED, WON);
    assertThat(deal.closedAt()).contains(WON);
    assertThat(deal.revision().createdAt()).isEqualTo(OPENED);
    assertThat(crm.deals().get(deal.id())).isEqualTo(deal);
    assertThat(published.events()).extracting(event -> event.occurredAt()).contains(OPENED, WON);
  }

  @Test
  void refusesAnInstantInTheFutureOrBeforeTheLastStageChange() {
    Deal deal =
        crm.deals().asOf(QUALIFIED).open(pipeline.id(), DealDetails.builder().name("Past").build());

    assertThatThrownBy(() -> crm.deals().asOf(OPENED).lose(deal, "price"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("before its last stage change at " + QUALIFIED);
    assertThatThrownBy(
            () -> crm.deals().asOf(NOW.plusSeconds(1)).moveTo(deal, PipelineFixtures.QUALIFIED))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("later than now");
    assertThat(crm.deals().get(deal.id())).isEqualTo(deal);
    assertThat(crm.deals().moveTo(deal, PipelineFixtures.QUALIFIED).enteredStageAt())
        .isEqualTo(NOW);
  }
}
