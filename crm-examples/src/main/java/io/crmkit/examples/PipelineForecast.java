package io.crmkit.examples;

import io.crmkit.core.Crm;
import io.crmkit.core.deal.Deal;
import io.crmkit.core.deal.DealDetails;
import io.crmkit.core.deal.Pipeline;
import io.crmkit.core.reason.Reason;
import io.crmkit.core.reason.ReasonCatalogue;
import io.crmkit.scoring.CrmAnalytics;
import io.crmkit.scoring.forecast.Forecast;
import io.crmkit.scoring.forecast.PipelineReport;
import io.crmkit.scoring.forecast.ReportingBasis;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Currency;
import org.jspecify.annotations.Nullable;

/**
 * A weighted sales forecast: deals opened in a pipeline, one won and one lost, and the figures the
 * pipeline report gives for them by close month, in total and as a win rate.
 *
 * @since 0.1
 */
public final class PipelineForecast {

  private PipelineForecast() {}

  /** Opens, wins and loses deals on a fixed clock and prints the forecast of what is left. */
  public static void main(String[] args) {
    Crm crm =
        Crm.builder()
            .clock(Clock.fixed(Instant.parse("2026-03-02T09:00:00Z"), ZoneOffset.UTC))
            .build();
    Pipeline sales =
        crm.pipelines()
            .builder("New business")
            .stage("Qualification", 20)
            .stage("Proposal", 60)
            .create();
    crm.reasons().define(ReasonCatalogue.LOST_DEAL, Reason.of("price", "Too expensive"));

    Deal small = open(crm, sales, "Acme: pilot", "5000", LocalDate.of(2026, 3, 20));
    Deal large = open(crm, sales, "Globex: rollout", "40000", LocalDate.of(2026, 4, 15));
    crm.deals().moveTo(large, sales.stageNamed("Proposal").orElseThrow().id());
    crm.deals().win(open(crm, sales, "Initech: renewal", "12000", LocalDate.of(2026, 3, 31)));
    crm.deals().lose(open(crm, sales, "Umbrella: trial", "9000", null), "price");

    PipelineReport report =
        CrmAnalytics.on(crm)
            .pipeline(ReportingBasis.of(Currency.getInstance("EUR"), ZoneOffset.UTC))
            .report();
    Forecast forecast = report.forecast();
    forecast
        .byCloseMonth()
        .forEach(
            (month, figure) ->
                System.out.println(
                    month
                        + ": amount "
                        + figure.amount()
                        + ", weighted "
                        + figure.weighted()
                        + ", won "
                        + figure.won()));
    System.out.println(
        "total: " + forecast.total().amount() + ", weighted " + forecast.total().weighted());
    System.out.println(
        "win rate: "
            + report.winRates().overall().rate().orElseThrow()
            + " of "
            + report.winRates().overall().decided()
            + " decided");
    System.out.println(small.details().name() + " weighs " + small.probability() + "%");
  }

  private static Deal open(
      Crm crm, Pipeline pipeline, String name, String amount, @Nullable LocalDate closeDate) {
    return crm.deals()
        .open(
            pipeline.id(),
            DealDetails.builder()
                .name(name)
                .amount(amount, "EUR")
                .expectedCloseDate(closeDate)
                .build());
  }
}
