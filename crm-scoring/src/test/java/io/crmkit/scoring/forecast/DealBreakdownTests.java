package io.crmkit.scoring.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.Crm;
import io.crmkit.core.RecordType;
import io.crmkit.core.UserId;
import io.crmkit.core.customfield.CustomFieldDefinition;
import io.crmkit.core.customfield.CustomFieldValue;
import io.crmkit.core.deal.Deal;
import io.crmkit.core.deal.DealDetails;
import io.crmkit.core.deal.DealQuery;
import io.crmkit.core.deal.Pipeline;
import io.crmkit.core.fixtures.TestClock;
import io.crmkit.core.money.CurrencyMismatchException;
import io.crmkit.core.money.Money;
import io.crmkit.core.reason.Reason;
import io.crmkit.core.reason.ReasonCatalogue;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DealBreakdownTests {

  private static final Currency EUR = Currency.getInstance("EUR");

  private final TestClock clock = TestClock.atStart();
  private Crm crm;
  private Pipeline sales;
  private List<Deal> deals;

  /**
   * North: won after 10 days (8 of them from the proposal), lost, and one open; south: won after 4
   * days without a proposal; a lost deal without a region.
   */
  @BeforeEach
  void aQuarterOfDeals() {
    crm = Crm.builder().clock(clock).build();
    crm.customFields().define(CustomFieldDefinition.text(RecordType.DEAL, "region", "Region"));
    crm.reasons().define(ReasonCatalogue.LOST_DEAL, Reason.of("price", "Too expensive"));
    sales =
        crm.pipelines()
            .builder("New business")
            .stage("Qualification", 20)
            .stage("Proposal", 60)
            .create();
    Deal northWon = open("north", "1000");
    Deal northLost = open("north", "500");
    open("north", "2000");
    Deal southWon = open("south", "300");
    Deal nowhere = open(null, "700");
    clock.advance(Duration.ofDays(2));
    northWon = crm.deals().moveTo(northWon, proposal());
    clock.advance(Duration.ofDays(2));
    crm.deals().win(southWon);
    crm.deals().lose(northLost, "price");
    crm.deals().lose(nowhere, "price");
    clock.advance(Duration.ofDays(6));
    crm.deals().win(northWon);
    deals = crm.deals().search(DealQuery.all(), io.crmkit.core.PageRequest.first(100)).items();
  }

  @Test
  void givesWinRateCycleValueAndVelocityPerValueOfACustomField() {
    Map<String, BreakdownLine> byRegion = DealBreakdown.byCustomField("region").analyse(deals, EUR);

    assertThat(byRegion).containsOnlyKeys("north", "south");
    BreakdownLine north = byRegion.get("north");
    assertThat(north.winRate()).isEqualTo(new WinRate(1, 1));
    assertThat(north.cycle())
        .isEqualTo(new SalesCycle(1, Duration.ofDays(10), Duration.ofDays(10)));
    assertThat(north.wonValue()).isEqualTo(eur("1000"));
    assertThat(north.openDeals()).isEqualTo(1);
    assertThat(north.openValue()).isEqualTo(eur("2000"));
    assertThat(north.averageWonSize()).contains(eur("1000"));
    // one open deal of an average 1000 won half the time, per 10 days
    assertThat(north.salesVelocity().orElseThrow().perDay()).isEqualTo(eur("50"));
    BreakdownLine south = byRegion.get("south");
    assertThat(south.winRate()).isEqualTo(new WinRate(1, 0));
    assertThat(south.cycle().average()).isEqualTo(Duration.ofDays(4));
    assertThat(south.salesVelocity().orElseThrow().perDay()).isEqualTo(eur("0"));
  }

  @Test
  void measuresTheCycleFromAChosenStage() {
    Map<String, BreakdownLine> byRegion =
        DealBreakdown.byCustomField("region").cycleFrom(proposal()).analyse(deals, EUR);

    assertThat(byRegion.get("north").cycle().average()).isEqualTo(Duration.ofDays(8));
    assertThat(byRegion.get("north").salesVelocity().orElseThrow().perDay())
        .isEqualTo(eur("62.50"));
    // the southern deal never reached the proposal: it counts as won, not in the cycle
    assertThat(byRegion.get("south").cycle().deals()).isZero();
    assertThat(byRegion.get("south").winRate().won()).isEqualTo(1);
    assertThat(byRegion.get("south").salesVelocity()).isEmpty();
  }

  @Test
  void breaksDownByTeamOrAnyKeyAndRefusesAnotherCurrency() {
    Map<String, BreakdownLine> byTeam =
        DealBreakdown.byTeam(owner -> owner.equals(UserId.of("system")) ? "inside" : null)
            .analyse(deals, EUR);
    Map<String, BreakdownLine> bySize =
        DealBreakdown.by(
                deal ->
                    List.of(
                        deal.details().amount().amount().compareTo(BigDecimal.valueOf(1000)) >= 0
                            ? "large"
                            : "small"))
            .analyse(deals, EUR);

    assertThat(byTeam.get("inside").winRate()).isEqualTo(new WinRate(2, 2));
    assertThat(bySize.get("large").winRate()).isEqualTo(new WinRate(1, 0));
    assertThat(bySize.get("small").winRate()).isEqualTo(new WinRate(1, 2));
    assertThatThrownBy(
            () -> DealBreakdown.byCustomField("region").analyse(deals, Currency.getInstance("USD")))
        .isInstanceOf(CurrencyMismatchException.class);
  }

  private Deal open(String region, String amount) {
    DealDetails.Builder details =
        DealDetails.builder().name("Deal " + amount).amount(amount, "EUR");
    if (region != null) {
      details.customField("region", CustomFieldValue.Text.of(region));
    }
    return crm.deals().open(sales.id(), details.build());
  }

  private io.crmkit.core.deal.StageId proposal() {
    return sales.stageNamed("Proposal").orElseThrow().id();
  }

  private static Money eur(String amount) {
    return Money.of(amount, "EUR");
  }
}
