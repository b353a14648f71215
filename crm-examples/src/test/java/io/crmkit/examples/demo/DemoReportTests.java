package io.crmkit.examples.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.Crm;
import io.crmkit.core.ExternalId;
import io.crmkit.core.Page;
import io.crmkit.core.PageRequest;
import io.crmkit.core.RecordRef;
import io.crmkit.core.RecordType;
import io.crmkit.core.automation.AssignmentDecision;
import io.crmkit.core.automation.RuleExecution;
import io.crmkit.core.campaign.Campaign;
import io.crmkit.core.campaign.CampaignFunnel;
import io.crmkit.core.campaign.CampaignReport;
import io.crmkit.core.campaign.Recipient;
import io.crmkit.core.campaign.RecipientStatus;
import io.crmkit.core.commerce.CommerceService;
import io.crmkit.core.commerce.Order;
import io.crmkit.core.commerce.OrderChannel;
import io.crmkit.core.commerce.OrderStatus;
import io.crmkit.core.commerce.ProductId;
import io.crmkit.core.consent.SuppressedAddress;
import io.crmkit.core.contact.ContactId;
import io.crmkit.core.contactpoint.EmailAddress;
import io.crmkit.core.deal.Deal;
import io.crmkit.core.deal.DealQuery;
import io.crmkit.core.deal.Pipeline;
import io.crmkit.core.deal.Stage;
import io.crmkit.core.lead.Lead;
import io.crmkit.core.lead.LeadQuery;
import io.crmkit.core.lead.LeadStatus;
import io.crmkit.core.memory.InMemoryCrmStorage;
import io.crmkit.core.money.Money;
import io.crmkit.core.sequence.SequenceReport;
import io.crmkit.core.ticket.CsatReport;
import io.crmkit.core.ticket.SupportReport;
import io.crmkit.core.ticket.SupportReport.Attainment;
import io.crmkit.core.ticket.TicketPriority;
import io.crmkit.core.timeline.Activity;
import io.crmkit.core.timeline.ActivityDetails;
import io.crmkit.scoring.CrmAnalytics;
import io.crmkit.scoring.churn.ChurnBacktest;
import io.crmkit.scoring.churn.ChurnModel;
import io.crmkit.scoring.churn.ChurnRisk;
import io.crmkit.scoring.commerce.OrderHistory;
import io.crmkit.scoring.forecast.MonteCarloForecast;
import io.crmkit.scoring.forecast.PeriodUnit;
import io.crmkit.scoring.forecast.PipelineReport;
import io.crmkit.scoring.forecast.PipelineSummary;
import io.crmkit.scoring.forecast.ReportingBasis;
import io.crmkit.scoring.forecast.RevenueOutlook;
import io.crmkit.scoring.forecast.SalesPeriod;
import io.crmkit.scoring.forecast.SimulatedDeal;
import io.crmkit.scoring.forecast.SimulatedRevenue;
import io.crmkit.scoring.forecast.StageSummary;
import io.crmkit.scoring.recommend.CoPurchaseRecommender;
import io.crmkit.scoring.recommend.Recommendation;
import io.crmkit.scoring.recommend.Similarity;
import io.crmkit.scoring.rules.Evidence.ActivityMatch;
import io.crmkit.scoring.rules.Grade;
import io.crmkit.scoring.rules.RuleContribution;
import io.crmkit.scoring.rules.Score;
import io.crmkit.scoring.value.CustomerValue;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the demo at a small size and reads its report as a user would, checking each figure against
 * what the CRM's own services say after the run.
 */
class DemoReportTests {

  @TempDir static Path folder;

  private static DemoRun.Finished finished;
  private static Document report;
  private static String console;
  private static Path reportPath;

  @BeforeAll
  static void runTheDemo() throws IOException {
    reportPath = folder.resolve("reports/demo.html");
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    finished =
        Demo.execute(
            new DemoOptions(2_000, 7, reportPath, false, false),
            InMemoryCrmStorage.create(),
            Demo.IN_MEMORY,
            new PrintStream(buffer, true, StandardCharsets.UTF_8));
    console = buffer.toString(StandardCharsets.UTF_8);
    report = Jsoup.parse(Files.readString(reportPath, StandardCharsets.UTF_8));
  }

  @Test
  void printsProgressAndASummaryAndThePathOfTheReport() {
    assertThat(console)
        .contains("Importing contacts")
        .contains("[##############################] 100%")
        .contains("rejected line ")
        .contains("The year in figures")
        .endsWith("Report: " + reportPath.toAbsolutePath() + System.lineSeparator());
  }

  @Test
  void theFunnelCountsTheDealsThatReachedEachStageAsThePipelineAnalyticsDo() {
    PipelineReport analytics = analytics();
    Pipeline pipeline = finished.results().pipeline();
    Stage first = pipeline.firstStage();
    Map<String, Long> expected = new LinkedHashMap<>();
    expected.put(
        first.name(),
        analytics
            .conversion(first.id(), pipeline.openStages().get(1).id())
            .orElseThrow()
            .entered());
    for (Stage stage : pipeline.stages()) {
      if (!stage.equals(first) && !stage.equals(pipeline.lostStage())) {
        expected.put(
            stage.name(), analytics.conversion(first.id(), stage.id()).orElseThrow().reached());
      }
    }

    assertThat(rows("#funnel-table tr[data-stage]", "data-stage", ".count")).isEqualTo(expected);
    assertThat(expected.get("Qualification")).isGreaterThan(50);
    assertThat(List.copyOf(expected.values())).isSortedAccordingTo((a, b) -> Long.compare(b, a));
  }

  @Test
  void theOpenPipelineEqualsThePipelineSummary() {
    PipelineSummary summary = analytics().pipelines().get(0);
    Map<String, Long> expected = new LinkedHashMap<>();
    summary.stages().forEach(line -> expected.put(line.name(), line.deals()));
    expected.put("total", summary.deals());

    assertThat(rows("#open-pipeline tr[data-stage]", "data-stage", ".count")).isEqualTo(expected);
    for (StageSummary line : summary.stages()) {
      Element row = report.selectFirst("#open-pipeline tr[data-stage=" + line.name() + "]");
      assertThat(new BigDecimal(row.select(".money").get(1).attr("data-value")))
          .isEqualByComparingTo(line.weighted().amount());
    }
    assertThat(text("#volumes tr[data-key=open-deals] .count")).isEqualTo(summary.deals());
  }

  @Test
  void theForecastShowsEveryMonthOfTheWeightedForecast() {
    Map<String, Long> expected = new LinkedHashMap<>();
    analytics()
        .forecast()
        .byCloseMonth()
        .forEach((month, figure) -> expected.put(month.toString(), figure.deals()));

    assertThat(rows("#forecast-table tr[data-month]", "data-month", ".count"))
        .isEqualTo(expected)
        .containsKeys("2026-06", "2026-12");
  }

  @Test
  void winRatesBySourceAreThoseOfTheAnalytics() {
    Map<String, Long> won =
        analytics().winRates().bySource().entrySet().stream()
            .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().won()));

    assertThat(rows("#win-rate-table tr[data-source]", "data-source", ".count"))
        .isEqualTo(won)
        .containsKeys("lead:referral", "lead:web_form", "lead:event");
  }

  @Test
  void theGradesAreTheScoringDistribution() {
    Map<String, Long> expected = new LinkedHashMap<>();
    for (Map.Entry<Grade, Long> grade : finished.scoring().distribution().entrySet()) {
      expected.put(grade.getKey().toString(), grade.getValue());
    }

    assertThat(rows("#grade-table tr[data-grade]", "data-grade", ".count")).isEqualTo(expected);
    assertThat(expected.values().stream().mapToLong(Long::longValue).sum())
        .isEqualTo(finished.crm().contacts().count());
  }

  @Test
  void theSegmentSizesAreWhatTheSegmentServiceCounts() {
    Map<String, Long> expected = new LinkedHashMap<>();
    finished.segments().sizes().forEach((name, size) -> expected.put(name, (long) size));

    assertThat(rows("#segment-table tr[data-segment]", "data-segment", ".count"))
        .isEqualTo(expected)
        .containsKeys("hot leads", "customers", SalesPlaybook.TRADE_SHOW_LIST);
    assertThat(expected.get("customers")).isPositive();
  }

  @Test
  void theTopLeadsAreTheTenBestScoresWithTheirExplanations() {
    List<Score> top = finished.scoring().top(10);
    List<Element> rows = report.select("#top-leads-table tr:has(td)");

    assertThat(rows).hasSize(10);
    for (int i = 0; i < top.size(); i++) {
      Element row = rows.get(i);
      assertThat(new BigDecimal(row.selectFirst(".score").attr("data-value")))
          .isEqualByComparingTo(top.get(i).total().toBigDecimal());
      assertThat(row.select("ul.why li")).hasSize(top.get(i).contributions().size()).isNotEmpty();
    }
  }

  @Test
  void theVolumesAreTheCrmsOwn() {
    Crm crm = finished.crm();

    assertThat(text("#volumes tr[data-key=companies] .count")).isEqualTo(crm.companies().count());
    assertThat(
            text("#volumes tr[data-key=contacts] .count")
                + text("#volumes tr[data-key=rejected] .count"))
        .isEqualTo(2_000);
    assertThat(text("#volumes tr[data-key=leads] .count")).isEqualTo(500);
    assertThat(text("#volumes tr[data-key=activities] .count")).isGreaterThanOrEqualTo(20_000);
  }

  @Test
  void theImportsDuplicatesAreFoundMergedAndCounted() {
    DuplicateDesk.Cleaning cleaning = finished.results().duplicates();

    assertThat(cleaning.merged()).isPositive();
    assertThat(cleaning.clusters()).isGreaterThanOrEqualTo(cleaning.merged());
    assertThat(text("#volumes tr[data-key=duplicate-clusters] .count"))
        .isEqualTo((long) cleaning.clusters());
    assertThat(text("#volumes tr[data-key=merged] .count")).isEqualTo((long) cleaning.merged());
    assertThat(text("#volumes tr[data-key=for-review] .count"))
        .isEqualTo((long) cleaning.forReview());
    assertThat(finished.results().steps())
        .extracting(DemoResults.Step::name)
        .contains("Merging duplicates");
  }

  @Test
  void theSupportDeskShowsTheSlaAttainmentAndReplyTimesTheTicketServiceReports() {
    Crm crm = finished.crm();
    SupportReport expected = crm.tickets().report(yearStart(), finished.results().at());
    Map<String, Long> measured = new LinkedHashMap<>();
    Map<String, Long> met = new LinkedHashMap<>();
    for (TicketPriority priority : ServiceDesk.PRIORITIES_DOWN) {
      Attainment attainment = expected.byPriority().getOrDefault(priority, Attainment.NONE);
      measured.put(ServiceDesk.label(priority), (long) attainment.measured());
      met.put(ServiceDesk.label(priority), (long) attainment.met());
    }
    measured.put("all", measured.values().stream().mapToLong(Long::longValue).sum());
    met.put("all", met.values().stream().mapToLong(Long::longValue).sum());

    assertThat(rows("#sla-table tr[data-priority]", "data-priority", ".count")).isEqualTo(measured);
    assertThat(
            report.select("#sla-table tr[data-priority]").stream()
                .collect(
                    Collectors.toMap(
                        row -> row.attr("data-priority"),
                        row -> Long.parseLong(row.select(".count").get(1).attr("data-value")))))
        .isEqualTo(met);
    assertThat(met.get("all")).isPositive().isLessThan(measured.get("all"));
    assertThat(text("#reply-times tr[data-key=first-reply] .count"))
        .isEqualTo(expected.firstReply().count())
        .isPositive()
        .isLessThanOrEqualTo(text("#support-table tr[data-key=tickets] .count"));
    assertThat(
            report.select("#reply-times tr[data-key=first-reply] .minutes").eachAttr("data-value"))
        .containsExactly(
            String.valueOf(expected.firstReply().median().toMinutes()),
            String.valueOf(expected.firstReply().p90().toMinutes()));
    assertThat(expected.firstReply().median()).isLessThan(expected.firstReply().p90());
  }

  @Test
  void theSupportDeskRaisesBreachesEscalatesThemAndCountsCsat() {
    ServiceDesk.Year support = finished.results().support();
    CsatReport csat = finished.crm().tickets().csat(yearStart(), finished.results().at());

    assertThat(support.tickets()).isBetween(20, 400);
    assertThat(support.dueWork().breaches()).isPositive().isLessThan(support.tickets());
    assertThat(support.dueWork().escalations())
        .isGreaterThanOrEqualTo(support.dueWork().breaches());
    assertThat(text("#support-table tr[data-key=breaches] .count"))
        .isEqualTo(support.dueWork().breaches());
    assertThat(text("#csat-table tr[data-key=csat-responses] .count"))
        .isEqualTo(csat.overall().responses())
        .isEqualTo(support.surveysAnswered())
        .isPositive();
    assertThat(
            Double.parseDouble(
                report.selectFirst("#csat-table tr[data-key=csat] .rate").attr("data-value")))
        .isCloseTo(csat.overall().csatPercent(), org.assertj.core.data.Offset.offset(0.05));
    assertThat(console).contains("support: " + support.tickets() + " tickets, SLA met");
  }

  @Test
  void theOrdersAreTheCommerceServicesOwnEachOnItsBuyersTimeline() {
    Crm crm = finished.crm();
    List<Order> orders = allOrders(crm);
    Map<String, Long> expected = new LinkedHashMap<>();
    expected.put("orders", (long) orders.size());
    for (OrderChannel channel : OrderChannel.values()) {
      expected.put(
          "channel-" + channel.name().toLowerCase(Locale.ROOT).replace('_', '-'),
          orders.stream().filter(o -> o.details().channel() == channel).count());
    }
    expected.put(
        "attributed", orders.stream().filter(o -> !o.details().campaign().isEmpty()).count());
    expected.put("invoiced", finished.results().shop().invoiced());
    for (OrderStatus status : OrderStatus.values()) {
      expected.put(
          "status-" + status.name().toLowerCase(Locale.ROOT),
          orders.stream().filter(o -> o.status() == status).count());
    }
    expected.put("refunds", finished.results().shop().refunds());

    assertThat(rows("#orders-table tr[data-key]:has(.count)", "data-key", ".count"))
        .isEqualTo(expected);
    assertThat(expected)
        .allSatisfy((key, count) -> assertThat(count).as(key).isPositive())
        .containsEntry("orders", finished.results().orders());
    assertThat(text("#volumes tr[data-key=orders] .count")).isEqualTo(orders.size());
    BigDecimal net =
        orders.stream()
            .filter(o -> o.status().counts())
            .map(o -> o.net().amount())
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    assertThat(
            new BigDecimal(
                report.selectFirst("#orders-table tr[data-key=net] .money").attr("data-value")))
        .isEqualByComparingTo(net);
    Order first = orders.get(0);
    Activity logged = crm.timeline().get(first.activity().orElseThrow());
    assertThat(logged.type()).isEqualTo(new ActivityDetails.Order("x", first.total()).type());
    assertThat(logged.occurredAt()).isEqualTo(first.details().placedAt());
  }

  @Test
  void everyWonDealWithAContactBecameAnOrderOfTheLicenceAtItsAmount() {
    Crm crm = finished.crm();
    List<Deal> won =
        crm
            .deals()
            .search(DealQuery.all(), PageRequest.first(PageRequest.MAX_SIZE))
            .items()
            .stream()
            .filter(Deal::isWon)
            .toList();

    assertThat(won).isNotEmpty();
    for (Deal deal : won) {
      Order order =
          crm.commerce()
              .findOrderByExternalId(
                  ExternalId.of(CommerceService.DEAL_SYSTEM, deal.id().toString()))
              .orElseThrow();
      assertThat(order.total()).isEqualTo(deal.details().amount());
      assertThat(order.details().channel()).isEqualTo(OrderChannel.SALES);
      assertThat(
              crm.commerce().getProduct(order.details().lines().get(0).product()).details().sku())
          .isEqualTo(CommerceDesk.LICENCE);
    }
  }

  @Test
  void theLifetimeValueDecilesAreThoseOfTheFittedModels() {
    OrderHistory history = history();
    List<CustomerValue<ContactId>> values =
        history.lifetimeValues(CustomerAnalytics.HORIZON, ZoneOffset.UTC, CustomerAnalytics.WEEK);
    List<Element> rows = report.select("#clv-table tr[data-decile]");

    assertThat(rows).hasSize(10);
    int size = values.size();
    double previous = Double.MAX_VALUE;
    for (int decile = 0; decile < 10; decile++) {
      List<CustomerValue<ContactId>> tenth =
          values.subList(decile * size / 10, (decile + 1) * size / 10);
      double mean = tenth.stream().mapToDouble(CustomerValue::value).average().orElseThrow();
      Element row = rows.get(decile);
      assertThat(Long.parseLong(row.selectFirst(".count").attr("data-value")))
          .isEqualTo(tenth.size());
      assertThat(Double.parseDouble(row.selectFirst(".value").attr("data-value")))
          .isCloseTo(mean, org.assertj.core.data.Offset.offset(1e-6));
      assertThat(mean).isLessThanOrEqualTo(previous);
      previous = mean;
    }
    assertThat(finished.results().customers().buyers()).isEqualTo(size);
  }

  @Test
  void theChurnBacktestAndTheCustomersAtRiskAreTheChurnModelsOwn() {
    OrderHistory history = history();
    java.time.Instant end = finished.results().at();
    Duration window = CustomerAnalytics.INACTIVITY;
    ChurnBacktest backtest =
        ChurnBacktest.run(
            CustomerAnalytics.CHURN,
            history.activities(),
            end.minus(window).minus(window),
            end.minus(window));
    ChurnModel model = history.trainChurn(CustomerAnalytics.CHURN, end.minus(window));
    List<ChurnRisk<ContactId>> risks = history.churnRisks(model);
    List<Element> atRisk = report.select("#at-risk-table tr[data-contact]");

    assertThat(Double.parseDouble(report.selectFirst("#churn-backtest .auc").attr("data-value")))
        .isEqualTo(backtest.evaluation().auc())
        .isGreaterThan(0.6);
    assertThat(atRisk).isNotEmpty();
    for (Element row : atRisk) {
      ContactId contact = ContactId.of(java.util.UUID.fromString(row.attr("data-contact")));
      ChurnRisk<ContactId> risk =
          risks.stream().filter(r -> r.customer().equals(contact)).findFirst().orElseThrow();
      double before = Double.parseDouble(row.selectFirst(".before").attr("data-value"));
      assertThat(Double.parseDouble(row.selectFirst(".risk").attr("data-value")))
          .isEqualTo(risk.probability());
      assertThat(risk.probability() - before)
          .isGreaterThanOrEqualTo(CustomerAnalytics.MINIMUM_RISE);
      assertThat(row.select("ul.why li").eachText())
          .isNotEmpty()
          .containsExactlyElementsOf(
              risk.reasons().stream()
                  .filter(reason -> reason.logOdds() > 0)
                  .limit(3)
                  .map(CustomerReport::explain)
                  .toList());
    }
  }

  @Test
  void theNextProductsAreTheRecommendersWithWhatTheyWereBoughtWith() {
    Crm crm = finished.crm();
    OrderHistory history = history();
    CoPurchaseRecommender<ProductId> recommender =
        history.recommender(CustomerAnalytics.MINIMUM_SUPPORT, Similarity.COSINE);
    List<Element> rows = report.select("#next-best-table tr[data-contact]");

    assertThat(rows).isNotEmpty();
    for (Element row : rows) {
      ContactId contact = ContactId.of(java.util.UUID.fromString(row.attr("data-contact")));
      Recommendation<ProductId> best = history.recommend(contact, recommender, 1).get(0);
      assertThat(row.select("td").get(1).text())
          .isEqualTo(crm.commerce().getProduct(best.item()).details().name());
      assertThat(row.selectFirst(".why").text())
          .isEqualTo(
              "bought with "
                  + crm.commerce().getProduct(best.boughtWith()).details().name()
                  + " by "
                  + best.customers()
                  + " customers");
      assertThat(history.owned().get(contact)).doesNotContain(best.item());
    }
  }

  @Test
  void theMonteCarloBandsAreTheForecastsOfTheOpenDeals() {
    Crm crm = finished.crm();
    LocalDate today = LocalDate.ofInstant(finished.results().at(), ZoneOffset.UTC);
    List<Deal> deals =
        crm.deals().search(DealQuery.all(), PageRequest.first(PageRequest.MAX_SIZE)).items();
    List<SimulatedDeal> open =
        deals.stream()
            .flatMap(deal -> SimulatedDeal.atStageProbability(deal).stream())
            .map(
                d ->
                    d.closeDate().isBefore(today)
                        ? new SimulatedDeal(d.amount(), d.probability(), today)
                        : d)
            .toList();
    RevenueOutlook outlook =
        MonteCarloForecast.of(DemoRun.EUR, PeriodUnit.QUARTER)
            .runs(CustomerAnalytics.RUNS)
            .seed(finished.results().seed())
            .simulate(open);
    BigDecimal won =
        deals.stream()
            .filter(Deal::isWon)
            .map(deal -> deal.details().amount().amount())
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    Money quota = finished.results().customers().quota();
    List<Element> rows = report.select("#monte-carlo-table tr[data-period]");

    assertThat(quota.amount().subtract(won.divide(BigDecimal.valueOf(4))).abs())
        .isLessThanOrEqualTo(BigDecimal.valueOf(50));
    assertThat(rows).hasSize(outlook.periods().size()).isNotEmpty();
    for (Element row : rows) {
      SimulatedRevenue revenue =
          outlook.period(SalesPeriod.parse(row.attr("data-period"))).orElseThrow();
      assertThat(row.select(".money").eachAttr("data-value").stream().map(BigDecimal::new))
          .usingElementComparator(BigDecimal::compareTo)
          .containsExactly(revenue.p10().amount(), revenue.p50().amount(), revenue.p90().amount());
      assertThat(Double.parseDouble(row.selectFirst(".chance").attr("data-value")))
          .isEqualTo(revenue.probabilityOfReaching(quota));
      assertThat(revenue.p10()).isLessThanOrEqualTo(revenue.p90());
    }
    assertThat(console)
        .contains(
            "customers: "
                + String.format(Locale.ROOT, "%,d", finished.results().customers().buyers())
                + " buyers");
  }

  @Test
  void isSelfContainedWithChartsAndNoScript() {
    assertThat(report.select("script")).isEmpty();
    assertThat(report.select("[src], link[href]")).isEmpty();
    assertThat(report.select("svg")).hasSizeGreaterThanOrEqualTo(7);
    for (Element svg : report.select("svg")) {
      assertThat(svg.select("path").eachAttr("d"))
          .as(svg.selectFirst("title").text())
          .isNotEmpty()
          .allSatisfy(d -> assertThat(d).isNotBlank());
    }
  }

  private static OrderHistory history() {
    return OrderHistory.of(allOrders(finished.crm()), DemoRun.EUR, finished.results().at());
  }

  private static List<Order> allOrders(Crm crm) {
    List<Order> orders = new java.util.ArrayList<>();
    PageRequest request = PageRequest.first(PageRequest.MAX_SIZE);
    while (true) {
      Page<Order> page = crm.commerce().orders(request);
      orders.addAll(page.items());
      if (page.next() == null) {
        return orders;
      }
      request = PageRequest.after(page.next(), PageRequest.MAX_SIZE);
    }
  }

  private static java.time.Instant yearStart() {
    return DemoRun.FIRST_DAY.atStartOfDay().toInstant(ZoneOffset.UTC);
  }

  private static PipelineReport analytics() {
    return CrmAnalytics.on(finished.crm())
        .pipeline(ReportingBasis.of(DemoRun.EUR, ZoneOffset.UTC))
        .report();
  }

  private static Map<String, Long> rows(String rowQuery, String keyAttribute, String cellQuery) {
    Map<String, Long> values = new LinkedHashMap<>();
    for (Element row : report.select(rowQuery)) {
      values.put(
          row.attr(keyAttribute), Long.parseLong(row.selectFirst(cellQuery).attr("data-value")));
    }
    return values;
  }

  private static long text(String query) {
    return Long.parseLong(report.selectFirst(query).attr("data-value"));
  }

  @Test
  void theCampaignFunnelAndRevenueAreTheCampaignServicesOwn() {
    Crm crm = finished.crm();
    MarketingDesk.Year marketing = finished.results().marketing();
    assertThat(report.select("#campaign-funnel tr[data-campaign]").eachAttr("data-campaign"))
        .containsExactlyElementsOf(marketing.names())
        .hasSize(14);
    long skipped = 0;
    for (String name : marketing.names()) {
      Campaign campaign = crm.campaigns().findByName(name).orElseThrow();
      CampaignFunnel funnel = crm.campaigns().funnel(campaign.id());
      String row = "#campaign-funnel tr[data-campaign=\"" + name + "\"] ";
      assertThat(
              List.of("sent", "delivered", "opened", "clicked", "unsubscribed", "bounced").stream()
                  .map(key -> text(row + "td[data-key=" + key + "]"))
                  .toList())
          .as(name)
          .containsExactly(
              funnel.sent(),
              funnel.delivered(),
              funnel.opened(),
              funnel.clicked(),
              funnel.unsubscribed(),
              funnel.bounced());
      assertThat(new BigDecimal(report.selectFirst(row + ".money").attr("data-value")))
          .isEqualByComparingTo(
              crm.campaigns()
                  .report(campaign.id(), MarketingDesk.MODEL)
                  .revenueIn(DemoRun.EUR)
                  .amount());
      skipped += funnel.skipped();
    }
    List<CampaignReport> reports = marketing.campaigns();
    assertThat(reports.stream().mapToLong(r -> r.funnel().opened()).sum()).isPositive();
    assertThat(reports.stream().mapToLong(r -> r.funnel().clicked()).sum()).isPositive();
    assertThat(reports.stream().mapToLong(r -> r.funnel().unsubscribed()).sum())
        .isEqualTo(marketing.unsubscribeClicks())
        .isPositive();
    assertThat(reports.stream().mapToInt(CampaignReport::wonDeals).sum()).isPositive();
    assertThat(marketing.revenue().isPositive()).isTrue();
    // sign-ups never confirmed, and people who unsubscribed or bounced, are skipped, not sent
    assertThat(skipped).isPositive();
    assertThat(marketing.confirmed()).isPositive().isLessThan(marketing.signUps());
    assertThat(text("#marketing-table tr[data-key=sign-ups] .count"))
        .isEqualTo(marketing.signUps())
        .isEqualTo(CrmAnalytics.on(crm).lists().get(MarketingDesk.READERS).members().size());
    assertThat(console).contains("marketing: " + marketing.signUps() + " sign-ups");
  }

  @Test
  void hardBouncesPutTheAddressOnTheSuppressionListAndGetNoFurtherSend() {
    Crm crm = finished.crm();
    List<Recipient> bounced = new ArrayList<>();
    for (String name : finished.results().marketing().names()) {
      Campaign campaign = crm.campaigns().findByName(name).orElseThrow();
      crm
          .campaigns()
          .recipients(campaign.id(), PageRequest.first(PageRequest.MAX_SIZE))
          .items()
          .stream()
          .filter(recipient -> recipient.status() == RecipientStatus.HARD_BOUNCED)
          .forEach(bounced::add);
    }
    assertThat(bounced).hasSize(finished.results().marketing().hardBounces()).isNotEmpty();
    for (Recipient recipient : bounced) {
      assertThat(
              crm.consent()
                  .suppression(SuppressedAddress.email(EmailAddress.of(recipient.address()))))
          .isPresent();
      Instant bouncedAt = recipient.sentAt().orElseThrow();
      assertThat(crm.campaigns().recipientsOf(recipient.contact()))
          .filteredOn(later -> later.sentAt().map(bouncedAt::isBefore).orElse(false))
          .isEmpty();
    }
  }

  @Test
  void campaignClicksFeedTheLeadScores() {
    Crm crm = finished.crm();
    java.util.Set<String> campaigns = java.util.Set.copyOf(finished.results().marketing().names());
    long fed = 0;
    for (Score score : finished.scoring().top(Integer.MAX_VALUE)) {
      for (RuleContribution contribution : score.contributions()) {
        if (contribution.rule().equals("campaign click")) {
          fed +=
              contribution.evidence().stream()
                  .filter(ActivityMatch.class::isInstance)
                  .map(
                      match ->
                          crm.timeline().get(((ActivityMatch) match).activity()).entry().details())
                  .filter(
                      details ->
                          details instanceof ActivityDetails.CampaignEngagement engagement
                              && campaigns.contains(engagement.campaign()))
                  .count();
        }
      }
    }
    assertThat(fed).isPositive();
  }

  @Test
  void theSequenceFunnelIsTheSequenceServicesOwn() {
    Crm crm = finished.crm();
    SalesAutomation.Year automation = finished.results().automation();
    SequenceReport expected =
        crm.sequences()
            .report(
                crm.sequences().list().stream()
                    .filter(sequence -> sequence.details().name().equals(SalesAutomation.SEQUENCE))
                    .findFirst()
                    .orElseThrow()
                    .id());
    assertThat(text("#sequence-funnel tr[data-key=enrolled] .count"))
        .isEqualTo(expected.enrolled())
        .isPositive()
        .isLessThanOrEqualTo(finished.results().leadsByStatus().get(LeadStatus.CONVERTED));
    assertThat(rows("#sequence-funnel tr[data-step]", "data-step", ".count"))
        .isEqualTo(
            expected.steps().stream()
                .collect(
                    Collectors.toMap(
                        step -> String.valueOf(step.step()),
                        step -> (long) step.reached(),
                        (a, b) -> a,
                        LinkedHashMap::new)));
    assertThat(text("#sequence-funnel tr[data-key=finished] .count"))
        .isEqualTo(expected.finished())
        .isPositive();
    // the planned replies stop the sequence, and so do the audience's own inbound emails
    assertThat(text("#sequence-funnel tr[data-key=exit-replied] .count"))
        .isEqualTo(expected.replied())
        .isPositive();
    assertThat(automation.replies()).isPositive();
    // every enrollment is accounted for: finished, exited or still running
    assertThat(
            expected.finished()
                + expected.exits().values().stream().mapToInt(Integer::intValue).sum()
                + expected.active()
                + expected.paused())
        .isEqualTo(expected.enrolled());
    assertThat(console).contains("automation: " + automation.routed() + " leads routed");
  }

  @Test
  void newLeadsGoRoundRobinAndStalledDealsGetATask() {
    Crm crm = finished.crm();
    Map<String, Long> perRep = new LinkedHashMap<>();
    PageRequest request = PageRequest.first(PageRequest.MAX_SIZE);
    long leads = 0;
    while (true) {
      Page<Lead> page = crm.leads().search(LeadQuery.all(), request);
      for (Lead lead : page.items()) {
        perRep.merge(lead.owner().value(), 1L, Long::sum);
        assertThat(crm.automation().decisions(RecordRef.of(RecordType.LEAD, lead.id().value())))
            .extracting(AssignmentDecision::reason)
            .containsExactly("team sales, round robin");
        leads++;
      }
      if (page.next() == null) {
        break;
      }
      request = PageRequest.after(page.next(), PageRequest.MAX_SIZE);
    }
    assertThat(perRep.keySet())
        .containsExactlyInAnyOrderElementsOf(
            SalesPlaybook.REPS.stream().map(rep -> rep.value()).toList());
    assertThat(
            java.util.Collections.max(perRep.values()) - java.util.Collections.min(perRep.values()))
        .isLessThanOrEqualTo(1);
    assertThat(text("#automation-table tr[data-key=routed] .count")).isEqualTo(leads);

    Page<Deal> deals = crm.deals().search(DealQuery.all(), PageRequest.first(PageRequest.MAX_SIZE));
    assertThat(deals.next()).isNull();
    long fired = 0;
    for (Deal deal : deals.items()) {
      fired +=
          crm.automation().log(RecordRef.of(RecordType.DEAL, deal.id().value())).stream()
              .filter(line -> line.rule().equals(SalesAutomation.STALLED_DEAL))
              .filter(RuleExecution::fired)
              .count();
    }
    assertThat(text("#automation-table tr[data-key=stalled-fired] .count"))
        .isEqualTo(fired)
        .isPositive();
    assertThat(text("#automation-table tr[data-key=due-failed] .count")).isZero();
  }
}
