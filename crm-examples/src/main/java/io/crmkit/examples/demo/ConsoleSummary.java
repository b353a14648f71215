package io.crmkit.examples.demo;

import io.crmkit.core.lead.LeadStatus;
import io.crmkit.scoring.forecast.PipelineReport;
import io.crmkit.scoring.rules.Score;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.util.Locale;

/** The few lines the demo prints at the end: the year in figures, then where the report is. */
final class ConsoleSummary {

  private ConsoleSummary() {}

  /** Prints the summary of {@code results} to {@code out}. */
  static void print(DemoResults results, PrintStream out) {
    PipelineReport analytics = results.analytics();
    out.println();
    out.printf(
        Locale.ROOT,
        "The year in figures (as of %s, %.1f s in all):%n",
        results.at(),
        results.seconds());
    out.printf(
        Locale.ROOT,
        "  %,d companies, %,d contacts imported (%,d rows rejected)%n",
        results.companies(),
        results.imported().created(),
        results.imported().rejected().size());
    out.printf(
        Locale.ROOT,
        "  %,d duplicate clusters found, %,d contacts merged into them (%.1f s)%n",
        results.duplicates().clusters(),
        results.duplicates().merged(),
        results.seconds("Merging duplicates"));
    out.printf(
        Locale.ROOT,
        "  %,d leads: %,d converted, %,d disqualified, %,d in nurture, %,d still worked%n",
        results.leads(),
        results.leadsByStatus().get(LeadStatus.CONVERTED),
        results.leadsByStatus().get(LeadStatus.UNQUALIFIED),
        results.leadsByStatus().get(LeadStatus.NURTURE),
        results.leads()
            - results.leadsByStatus().get(LeadStatus.CONVERTED)
            - results.leadsByStatus().get(LeadStatus.UNQUALIFIED)
            - results.leadsByStatus().get(LeadStatus.NURTURE));
    out.printf(
        Locale.ROOT,
        "  deals: %,d won, %,d lost (win rate %s %%), %,d open worth %s weighted%n",
        analytics.winRates().overall().won(),
        analytics.winRates().overall().lost(),
        analytics
            .winRates()
            .overall()
            .rate()
            .map(rate -> rate.movePointRight(2).setScale(1, java.math.RoundingMode.HALF_EVEN))
            .orElse(BigDecimal.ZERO),
        analytics.openDeals(),
        analytics.pipelines().isEmpty() ? "0" : analytics.pipelines().get(0).weighted());
    out.printf(
        Locale.ROOT,
        "  %,d activities (%,d orders), %,d follow-up tasks (%,d overdue)%n",
        results.activities(),
        results.orders(),
        results.tasksCreated(),
        results.tasksOverdue());
    ServiceDesk.Year support = results.support();
    out.printf(
        Locale.ROOT,
        "  support: %,d tickets, SLA met %.1f %% (%s), first reply median %s, p90 %s (business"
            + " time), CSAT %.0f %% of %,d answers%n",
        support.tickets(),
        support.attainment().percent(),
        support.attainmentByPriority(),
        ServiceDesk.readable(support.report().firstReply().median()),
        ServiceDesk.readable(support.report().firstReply().p90()),
        support.csat().overall().csatPercent(),
        support.csat().overall().responses());
    CustomerAnalytics.Findings customers = results.customers();
    out.printf(
        Locale.ROOT,
        "  customers: %,d buyers, top decile worth %s each over %d months, churn AUC %s, %,d at"
            + " rising risk; next quarter P50 %s, %.0f %% chance of the quota%n",
        customers.buyers(),
        customers.deciles().isEmpty()
            ? "(not fitted)"
            : String.format(Locale.ROOT, "%,.0f EUR", customers.deciles().get(0).meanValue()),
        CustomerAnalytics.HORIZON.periods(),
        customers.backtest() == null
            ? "(not fitted)"
            : String.format(Locale.ROOT, "%.3f", customers.backtest().evaluation().auc()),
        customers.watched(),
        customers.forecast().isEmpty()
            ? "none"
            : HtmlReport.moneyText(customers.forecast().get(0).revenue().p50()),
        customers.forecast().isEmpty() ? 0 : customers.forecast().get(0).chanceOfQuota() * 100);
    out.println("  marketing: " + results.marketing().line());
    out.println("  automation: " + results.automation().line());
    if (!results.topLeads().isEmpty()) {
      Score best = results.topLeads().get(0).score();
      out.printf(
          Locale.ROOT,
          "  best lead: %s, %s points, grade %s%n",
          results.topLeads().get(0).name(),
          best.total(),
          best.grade());
    }
  }
}
