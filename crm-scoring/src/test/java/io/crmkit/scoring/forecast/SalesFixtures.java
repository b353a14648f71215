package io.crmkit.scoring.forecast;

import io.crmkit.core.TenantId;
import io.crmkit.core.UserId;
import io.crmkit.core.deal.Deal;
import io.crmkit.core.deal.DealDetails;
import io.crmkit.core.deal.DealId;
import io.crmkit.core.deal.Pipeline;
import io.crmkit.core.deal.PipelineId;
import io.crmkit.core.deal.PipelinePolicy;
import io.crmkit.core.deal.Stage;
import io.crmkit.core.deal.StageId;
import io.crmkit.core.money.Money;
import io.crmkit.core.reason.Reason;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A small sales pipeline (Qualify 10 % rotting after 14 days, Demo 40 %, Proposal 70 %, Won, Lost)
 * and a builder of deals whose history is written move by move at chosen instants.
 */
final class SalesFixtures {

  static final TenantId TENANT = TenantId.of("acme");
  static final UserId ANA = UserId.of("ana");
  static final UserId BOB = UserId.of("bob");
  static final Instant T0 = Instant.parse("2026-01-05T09:00:00Z");
  static final Reason PRICE = Reason.of("price", "Too expensive");

  static final StageId QUALIFY = stageId(1);
  static final StageId DEMO = stageId(2);
  static final StageId PROPOSAL = stageId(3);
  static final StageId WON = stageId(4);
  static final StageId LOST = stageId(5);

  static final Pipeline SALES =
      Pipeline.create(
              PipelineId.of(new UUID(0, 100)),
              TENANT,
              "New business",
              List.of(
                  Stage.open(QUALIFY, "Qualify", 10).rottingAfterDays(14),
                  Stage.open(DEMO, "Demo", 40),
                  Stage.open(PROPOSAL, "Proposal", 70),
                  Stage.won(WON, "Won"),
                  Stage.lost(LOST, "Lost")),
              PipelinePolicy.FLEXIBLE,
              T0.minus(Duration.ofDays(30)),
              ANA)
          .state();

  private static int next = 1000;

  private SalesFixtures() {}

  static StageId stageId(int n) {
    return StageId.of(new UUID(0, n));
  }

  static Instant day(double days) {
    return T0.plus(Duration.ofMinutes(Math.round(days * 24 * 60)));
  }

  static Money eur(String amount) {
    return Money.of(amount, "EUR");
  }

  static DealBuilder aDeal(@Nullable Money amount) {
    return new DealBuilder(amount);
  }

  /** Writes a deal's story: opened, then moved, won or lost at the instants given. */
  static final class DealBuilder {
    private final @Nullable Money amount;
    private UserId owner = ANA;
    private String source = "";
    private @Nullable LocalDate close;
    private Pipeline pipeline = SALES;

    DealBuilder(@Nullable Money amount) {
      this.amount = amount;
    }

    DealBuilder ownedBy(UserId value) {
      owner = value;
      return this;
    }

    DealBuilder from(String value) {
      source = value;
      return this;
    }

    DealBuilder closingOn(String date) {
      close = LocalDate.parse(date);
      return this;
    }

    DealBuilder in(Pipeline value) {
      pipeline = value;
      return this;
    }

    Story openedAt(Instant at) {
      DealDetails details =
          DealDetails.builder()
              .name("Deal " + next)
              .amount(amount)
              .expectedCloseDate(close)
              .source(source)
              .build();
      Deal deal =
          Deal.open(DealId.of(new UUID(1, next++)), pipeline, null, details, owner, at, owner)
              .state();
      return new Story(deal, pipeline);
    }
  }

  /** A deal being moved through its pipeline. */
  record Story(Deal deal, Pipeline pipeline) {

    Story movedTo(StageId stage, Instant at) {
      return new Story(deal.moveTo(pipeline, stage, at, deal.owner()).state(), pipeline);
    }

    Story wonAt(Instant at) {
      return new Story(deal.win(pipeline, at, deal.owner()).state(), pipeline);
    }

    Story lostAt(Instant at) {
      return new Story(deal.lose(pipeline, PRICE, at, deal.owner()).state(), pipeline);
    }
  }
}
