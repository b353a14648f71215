package io.crmkit.examples.demo;

import io.crmkit.core.campaign.CampaignFunnel;
import io.crmkit.core.campaign.CampaignReport;
import io.crmkit.core.deal.Pipeline;
import io.crmkit.core.deal.Stage;
import io.crmkit.core.importing.RejectedRow;
import io.crmkit.core.lead.LeadStatus;
import io.crmkit.core.money.Money;
import io.crmkit.core.sequence.ExitReason;
import io.crmkit.core.sequence.SequenceReport;
import io.crmkit.core.ticket.CsatReport;
import io.crmkit.core.ticket.SupportReport;
import io.crmkit.core.ticket.SupportReport.Attainment;
import io.crmkit.core.ticket.SupportReport.Distribution;
import io.crmkit.core.ticket.TicketPriority;
import io.crmkit.examples.demo.DemoResults.TopLead;
import io.crmkit.examples.demo.Svg.Bar;
import io.crmkit.examples.demo.Svg.Column;
import io.crmkit.scoring.forecast.ForecastFigure;
import io.crmkit.scoring.forecast.PipelineReport;
import io.crmkit.scoring.forecast.PipelineSummary;
import io.crmkit.scoring.forecast.SalesPeriod;
import io.crmkit.scoring.forecast.StageSummary;
import io.crmkit.scoring.forecast.StageTime;
import io.crmkit.scoring.forecast.WinRate;
import io.crmkit.scoring.rules.Evidence;
import io.crmkit.scoring.rules.Evidence.ActivityMatch;
import io.crmkit.scoring.rules.Evidence.FieldValue;
import io.crmkit.scoring.rules.Grade;
import io.crmkit.scoring.rules.RuleContribution;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The demo's report as one self-contained HTML page: the volumes, the import's refusals, the
 * pipeline funnel and open pipeline, the weighted forecast by month, win rates by source, stage
 * velocity, the lead score grades, the segment sizes, the top ten leads with the rules behind their
 * scores, the support desk's SLA attainment, response times and CSAT, and the shop's orders with
 * the customers' lifetime values, churn risks, next products and the Monte Carlo forecast of the
 * open deals ({@link CustomerReport}). Charts are inline SVG; there is no script and no external
 * asset.
 *
 * <p>Every figure is also in a table cell carrying its exact value in {@code data-value}, so that a
 * reader (or a test) can check it against the CRM.
 */
final class HtmlReport {

  private static final String STYLE =
      "body{font-family:system-ui,sans-serif;color:#1f2937;max-width:1100px;margin:2em auto;"
          + "padding:0 1em}h1{margin-bottom:0}section{margin:2.5em 0}table{border-collapse:"
          + "collapse;margin:1em 0}td,th{padding:4px 10px;border-bottom:1px solid #e5e7eb;"
          + "text-align:left;vertical-align:top}td.n,th.n{text-align:right}.muted{color:#6b7280}"
          + "ul.why{margin:0;padding-left:1.2em;font-size:90%}";

  private HtmlReport() {}

  /** Returns the report of {@code results} as an HTML document. */
  static String render(DemoResults results) {
    PipelineReport analytics = results.analytics();
    StringBuilder html = new StringBuilder(64_000);
    html.append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">")
        .append("<title>crmkit demo report</title><style>")
        .append(STYLE)
        .append("</style></head><body>");
    html.append("<h1>crmkit demo report</h1><p class=\"muted\">")
        .append(
            escape(
                String.format(
                    Locale.ROOT,
                    "A sales team's year in an embedded CRM (%s storage, seed %d), as of %s;"
                        + " generated in %.1f s.",
                    results.storage(),
                    results.seed(),
                    results.at(),
                    results.seconds())))
        .append("</p>");
    volumes(html, results);
    imported(html, results);
    funnel(html, results.pipeline(), analytics);
    forecast(html, analytics);
    winRates(html, analytics);
    velocity(html, results.pipeline(), analytics);
    scores(html, results);
    segments(html, results.segments());
    topLeads(html, results.topLeads());
    support(html, results.support());
    CustomerReport.render(html, results.shop(), results.customers());
    marketing(html, results.marketing());
    automation(html, results.automation());
    steps(html, results);
    return html.append("</body></html>").toString();
  }

  private static void volumes(StringBuilder html, DemoResults results) {
    PipelineReport analytics = results.analytics();
    section(html, "volumes", "What the team did");
    html.append("<table>");
    row(html, "companies", "Companies", results.companies());
    row(html, "contacts", "Contacts imported", results.imported().created());
    row(html, "rejected", "Import rows rejected", results.imported().rejected().size());
    row(html, "duplicate-clusters", "Duplicate clusters found", results.duplicates().clusters());
    row(html, "merged", "\u2003contacts merged into them", results.duplicates().merged());
    row(html, "for-review", "\u2003clusters left for review", results.duplicates().forReview());
    row(html, "leads", "Leads captured", results.leads());
    for (LeadStatus status : LeadStatus.values()) {
      row(
          html,
          "leads-" + status.name().toLowerCase(Locale.ROOT),
          "\u2003leads " + status.name().toLowerCase(Locale.ROOT).replace('_', ' '),
          results.leadsByStatus().getOrDefault(status, 0L));
    }
    row(html, "open-deals", "Open deals", analytics.openDeals());
    row(html, "won-deals", "Deals won", analytics.winRates().overall().won());
    row(html, "lost-deals", "Deals lost", analytics.winRates().overall().lost());
    row(html, "activities", "Activities logged", results.activities());
    row(html, "orders", "\u2003of which orders", results.orders());
    row(html, "tasks", "Follow-up tasks created", results.tasksCreated());
    row(html, "overdue", "Tasks overdue at year end", results.tasksOverdue());
    html.append("</table></section>");
  }

  private static void imported(StringBuilder html, DemoResults results) {
    section(html, "import", "The contact import");
    List<RejectedRow> rejected = results.imported().rejected();
    html.append("<p>")
        .append(
            escape(
                String.format(
                    Locale.ROOT,
                    "%,d rows read, %,d contacts created, %,d rows refused with their reasons;"
                        + " nothing half-written. The first refusals:",
                    results.imported().rows(),
                    results.imported().created(),
                    rejected.size())))
        .append("</p><ul>");
    rejected.stream()
        .limit(8)
        .forEach(row -> html.append("<li>").append(escape(row.toString())).append("</li>"));
    html.append("</ul></section>");
  }

  private static void funnel(StringBuilder html, Pipeline pipeline, PipelineReport analytics) {
    section(html, "funnel", "Pipeline funnel: deals that reached each stage");
    Stage first = pipeline.firstStage();
    List<Stage> reachable = new ArrayList<>(pipeline.openStages());
    reachable.add(pipeline.wonStage());
    List<Bar> steps = new ArrayList<>();
    html.append("<table id=\"funnel-table\"><tr><th>stage</th><th class=\"n\">deals</th></tr>");
    for (Stage stage : reachable) {
      long reached =
          stage.equals(first)
              ? analytics
                  .conversion(first.id(), pipeline.openStages().get(1).id())
                  .map(c -> c.entered())
                  .orElse(0L)
              : analytics.conversion(first.id(), stage.id()).map(c -> c.reached()).orElse(0L);
      steps.add(
          new Bar(stage.name(), reached, count(reached), stage.isOpen() ? Svg.BLUE : Svg.GREEN));
      html.append("<tr data-stage=\"")
          .append(escape(stage.name()))
          .append("\"><td>")
          .append(escape(stage.name()))
          .append("</td>")
          .append(number(reached))
          .append("</tr>");
    }
    html.append("</table>").append(Svg.funnel("Pipeline funnel", steps));
    PipelineSummary open = analytics.pipeline(pipeline.id()).orElseThrow();
    html.append("<h3>The open pipeline now</h3><table id=\"open-pipeline\"><tr><th>stage</th>")
        .append("<th class=\"n\">open deals</th><th class=\"n\">amount</th>")
        .append("<th class=\"n\">weighted</th></tr>");
    for (StageSummary line : open.stages()) {
      html.append("<tr data-stage=\"")
          .append(escape(line.name()))
          .append("\"><td>")
          .append(escape(line.name()))
          .append("</td>")
          .append(number(line.deals()))
          .append(money(line.amount()))
          .append(money(line.weighted()))
          .append("</tr>");
    }
    html.append("<tr data-stage=\"total\"><th>total</th>")
        .append(number(open.deals()))
        .append(money(open.amount()))
        .append(money(open.weighted()))
        .append("</tr></table></section>");
  }

  private static void forecast(StringBuilder html, PipelineReport analytics) {
    section(html, "forecast", "Weighted forecast by month");
    html.append(
        "<p class=\"muted\">Won deals count in the month they were won, at their full amount;"
            + " open deals in the month they should close, at their amount times their stage's"
            + " win probability.</p>");
    List<Column> columns = new ArrayList<>();
    html.append("<table id=\"forecast-table\"><tr><th>month</th><th class=\"n\">deals</th>")
        .append("<th class=\"n\">won</th><th class=\"n\">weighted</th></tr>");
    for (Map.Entry<SalesPeriod, ForecastFigure> month :
        analytics.forecast().byCloseMonth().entrySet()) {
      ForecastFigure figure = month.getValue();
      double won = figure.won().amount().doubleValue();
      double open = figure.weighted().amount().doubleValue() - won;
      columns.add(
          new Column(
              month.getKey().toString().substring(2),
              won,
              Math.max(0, open),
              moneyText(figure.weighted())));
      html.append("<tr data-month=\"")
          .append(month.getKey())
          .append("\"><td>")
          .append(month.getKey())
          .append("</td>")
          .append(number(figure.deals()))
          .append(money(figure.won()))
          .append(money(figure.weighted()))
          .append("</tr>");
    }
    html.append("</table>")
        .append(Svg.columns("Weighted forecast by month", columns, Svg.GREEN, Svg.LIGHT_BLUE))
        .append("<p class=\"muted\">green: won; blue: open, weighted.</p></section>");
  }

  private static void winRates(StringBuilder html, PipelineReport analytics) {
    section(html, "win-rates", "Win rate by source");
    List<Bar> bars = new ArrayList<>();
    html.append("<table id=\"win-rate-table\"><tr><th>source</th><th class=\"n\">won</th>")
        .append("<th class=\"n\">lost</th><th class=\"n\">win rate</th></tr>");
    for (Map.Entry<String, WinRate> source :
        new TreeMap<>(analytics.winRates().bySource()).entrySet()) {
      WinRate rate = source.getValue();
      BigDecimal percent = percent(rate.rate().orElse(BigDecimal.ZERO));
      String name = source.getKey().isEmpty() ? "(unknown)" : source.getKey();
      bars.add(new Bar(name, percent.doubleValue(), percent + " %", Svg.BLUE));
      html.append("<tr data-source=\"")
          .append(escape(source.getKey()))
          .append("\"><td>")
          .append(escape(name))
          .append("</td>")
          .append(number(rate.won()))
          .append(number(rate.lost()))
          .append("<td class=\"n rate\" data-value=\"")
          .append(percent.toPlainString())
          .append("\">")
          .append(percent)
          .append(" %</td></tr>");
    }
    html.append("</table>").append(Svg.bars("Win rate by source", bars)).append("</section>");
  }

  private static void velocity(StringBuilder html, Pipeline pipeline, PipelineReport analytics) {
    section(html, "velocity", "Stage velocity: average days in each stage");
    List<Bar> bars = new ArrayList<>();
    html.append("<table id=\"velocity-table\"><tr><th>stage</th><th class=\"n\">stays</th>")
        .append("<th class=\"n\">average days</th></tr>");
    for (Stage stage : pipeline.openStages()) {
      StageTime time = analytics.stageTime(stage.id()).orElse(null);
      long stays = time == null ? 0 : time.stays();
      BigDecimal days = days(time == null ? Duration.ZERO : time.average().orElse(Duration.ZERO));
      bars.add(new Bar(stage.name(), days.doubleValue(), days + " days", Svg.BLUE));
      html.append("<tr data-stage=\"")
          .append(escape(stage.name()))
          .append("\"><td>")
          .append(escape(stage.name()))
          .append("</td>")
          .append(number(stays))
          .append("<td class=\"n days\" data-value=\"")
          .append(days.toPlainString())
          .append("\">")
          .append(days)
          .append("</td></tr>");
    }
    html.append("</table>").append(Svg.bars("Average days in stage", bars));
    analytics
        .velocity()
        .ifPresent(
            velocity ->
                html.append("<p>Sales velocity: ")
                    .append(escape(moneyText(velocity.perDay())))
                    .append(" a day (")
                    .append(velocity.openDeals())
                    .append(" open deals \u00d7 ")
                    .append(escape(moneyText(velocity.averageDealSize())))
                    .append(" average won deal \u00d7 ")
                    .append(percent(velocity.winRate()))
                    .append(" % win rate \u00f7 ")
                    .append(velocity.cycleDays().setScale(1, RoundingMode.HALF_EVEN))
                    .append(" days average cycle).</p>"));
    html.append("</section>");
  }

  private static void scores(StringBuilder html, DemoResults results) {
    section(html, "scores", "Lead scores by grade");
    html.append(
        "<p class=\"muted\">Grade = fit letter (A best profile) and engagement number (1 most"
            + " engaged), from the rules model.</p>");
    List<Bar> bars = new ArrayList<>();
    html.append("<table id=\"grade-table\"><tr><th>grade</th><th class=\"n\">contacts</th></tr>");
    for (Map.Entry<Grade, Long> grade : results.grades().entrySet()) {
      String colour = grade.getKey().fit() == 'A' ? Svg.GREEN : Svg.BLUE;
      bars.add(
          new Bar(grade.getKey().toString(), grade.getValue(), count(grade.getValue()), colour));
      html.append("<tr data-grade=\"")
          .append(grade.getKey())
          .append("\"><td>")
          .append(grade.getKey())
          .append("</td>")
          .append(number(grade.getValue()))
          .append("</tr>");
    }
    html.append("</table>").append(Svg.bars("Contacts by grade", bars)).append("</section>");
  }

  private static void segments(StringBuilder html, Map<String, Integer> segments) {
    section(html, "segments", "Audience segments");
    List<Bar> bars = new ArrayList<>();
    html.append("<table id=\"segment-table\"><tr><th>segment or list</th>")
        .append("<th class=\"n\">contacts</th></tr>");
    segments.forEach(
        (name, size) -> {
          bars.add(new Bar(name, size, count(size), Svg.BLUE));
          html.append("<tr data-segment=\"")
              .append(escape(name))
              .append("\"><td>")
              .append(escape(name))
              .append("</td>")
              .append(number(size))
              .append("</tr>");
        });
    html.append("</table>").append(Svg.bars("Segment sizes", bars)).append("</section>");
  }

  private static void topLeads(StringBuilder html, List<TopLead> leads) {
    section(html, "top-leads", "Top ten leads and why");
    html.append("<table id=\"top-leads-table\"><tr><th>#</th><th>contact</th><th>company</th>")
        .append("<th class=\"n\">score</th><th>grade</th><th>explanation</th></tr>");
    int rank = 1;
    for (TopLead lead : leads) {
      html.append("<tr><td>")
          .append(rank++)
          .append("</td><td>")
          .append(escape(lead.name()))
          .append("<br><span class=\"muted\">")
          .append(escape(lead.jobTitle()))
          .append("</span></td><td>")
          .append(escape(lead.company()))
          .append("</td><td class=\"n score\" data-value=\"")
          .append(lead.score().total())
          .append("\">")
          .append(lead.score().total())
          .append("</td><td>")
          .append(lead.score().grade())
          .append("</td><td><ul class=\"why\">");
      for (RuleContribution contribution : lead.score().contributions()) {
        html.append("<li>").append(escape(explain(contribution))).append("</li>");
      }
      html.append("</ul></td></tr>");
    }
    html.append("</table></section>");
  }

  private static void support(StringBuilder html, ServiceDesk.Year support) {
    SupportReport report = support.report();
    section(html, "support", "The support desk");
    html.append("<p class=\"muted\">")
        .append(
            escape(
                "Tickets from the customers won, under the SLA policy '"
                    + ServiceDesk.POLICY
                    + "' in business hours; a breach raises the priority, a late first reply"
                    + " goes to the team lead."))
        .append("</p><table id=\"support-table\">");
    row(html, "tickets", "Tickets opened", support.tickets());
    row(html, "solved", "\u2003solved", support.solved());
    row(html, "breaches", "SLA breaches raised", support.dueWork().breaches());
    row(html, "escalations", "Escalation actions taken", support.dueWork().escalations());
    row(html, "surveys", "Surveys answered", support.surveysAnswered());
    html.append("</table><h3>SLA attainment by priority</h3><table id=\"sla-table\"><tr>")
        .append("<th>priority</th><th class=\"n\">targets measured</th>")
        .append("<th class=\"n\">met</th><th class=\"n\">attainment</th></tr>");
    List<Bar> bars = new ArrayList<>();
    for (TicketPriority priority : ServiceDesk.PRIORITIES_DOWN) {
      Attainment attainment = report.byPriority().getOrDefault(priority, Attainment.NONE);
      String name = ServiceDesk.label(priority);
      BigDecimal percent =
          BigDecimal.valueOf(attainment.percent()).setScale(1, RoundingMode.HALF_EVEN);
      bars.add(new Bar(name, percent.doubleValue(), percent + " %", Svg.GREEN));
      attainmentRow(html, name, attainment, percent);
    }
    Attainment all = support.attainment();
    attainmentRow(
        html, "all", all, BigDecimal.valueOf(all.percent()).setScale(1, RoundingMode.HALF_EVEN));
    html.append("</table>").append(Svg.bars("SLA attainment by priority", bars));
    html.append("<h3>Response times in business hours</h3><table id=\"reply-times\"><tr>")
        .append("<th>measure</th><th class=\"n\">tickets</th><th class=\"n\">median</th>")
        .append("<th class=\"n\">p90</th></tr>");
    distributionRow(html, "first-reply", "First reply", report.firstReply());
    distributionRow(html, "resolution", "Resolution", report.resolution());
    CsatReport.Score csat = support.csat().overall();
    html.append("</table><h3>Customer satisfaction</h3><table id=\"csat-table\">");
    row(html, "csat-responses", "Answers", csat.responses());
    html.append("<tr data-key=\"csat\"><td>CSAT (answers of 4 or 5)</td>")
        .append("<td class=\"n rate\" data-value=\"")
        .append(String.format(Locale.ROOT, "%.1f", csat.csatPercent()))
        .append("\">")
        .append(String.format(Locale.ROOT, "%.1f %%", csat.csatPercent()))
        .append("</td></tr><tr data-key=\"csat-average\"><td>Average score (1 to 5)</td>")
        .append("<td class=\"n\" data-value=\"")
        .append(String.format(Locale.ROOT, "%.2f", csat.average()))
        .append("\">")
        .append(String.format(Locale.ROOT, "%.2f", csat.average()))
        .append("</td></tr></table></section>");
  }

  private static void attainmentRow(
      StringBuilder html, String name, Attainment attainment, BigDecimal percent) {
    html.append("<tr data-priority=\"")
        .append(name)
        .append("\"><td>")
        .append(name)
        .append("</td>")
        .append(number(attainment.measured()))
        .append(number(attainment.met()))
        .append("<td class=\"n rate\" data-value=\"")
        .append(percent.toPlainString())
        .append("\">")
        .append(percent)
        .append(" %</td></tr>");
  }

  private static void distributionRow(
      StringBuilder html, String key, String label, Distribution distribution) {
    html.append("<tr data-key=\"")
        .append(key)
        .append("\"><td>")
        .append(label)
        .append("</td>")
        .append(number(distribution.count()))
        .append(minutes(distribution.median()))
        .append(minutes(distribution.p90()))
        .append("</tr>");
  }

  private static String minutes(Duration duration) {
    return "<td class=\"n minutes\" data-value=\""
        + duration.toMinutes()
        + "\">"
        + ServiceDesk.readable(duration)
        + "</td>";
  }

  private static void marketing(StringBuilder html, MarketingDesk.Year marketing) {
    section(html, "marketing", "Campaigns: funnel and attributed revenue");
    html.append("<p class=\"muted\">")
        .append(
            escape(
                "A monthly newsletter and two campaigns to the readers who signed up by double"
                    + " opt-in; a won deal's amount is shared among the campaign messages that"
                    + " reached its contacts in the 90 days before the win ("
                    + MarketingDesk.modelName()
                    + " attribution: equal shares)."))
        .append("</p><table id=\"marketing-table\">");
    row(html, "sign-ups", "Newsletter sign-ups", marketing.signUps());
    row(html, "confirmed", "\u2003confirmed by their link", marketing.confirmed());
    row(html, "unsubscribe-clicks", "One-click unsubscribes", marketing.unsubscribeClicks());
    row(html, "hard-bounces", "Hard bounces (suppressed)", marketing.hardBounces());
    html.append("</table><table id=\"campaign-funnel\"><tr><th>campaign</th>");
    List<String> columns =
        List.of("sent", "delivered", "opened", "clicked", "unsubscribed", "bounced");
    columns.forEach(column -> html.append("<th class=\"n\">").append(column).append("</th>"));
    html.append("<th class=\"n\">attributed revenue</th><th class=\"n\">cost</th>")
        .append("<th class=\"n\">ROI</th></tr>");
    List<Bar> bars = new ArrayList<>();
    for (int i = 0; i < marketing.campaigns().size(); i++) {
      CampaignReport report = marketing.campaigns().get(i);
      CampaignFunnel funnel = report.funnel();
      String name = marketing.names().get(i);
      Money revenue = report.revenueIn(DemoRun.EUR);
      bars.add(new Bar(name, funnel.opened(), count(funnel.opened()), Svg.BLUE));
      html.append("<tr data-campaign=\"").append(escape(name)).append("\"><td>");
      html.append(escape(name)).append("</td>");
      long[] values = {
        funnel.sent(),
        funnel.delivered(),
        funnel.opened(),
        funnel.clicked(),
        funnel.unsubscribed(),
        funnel.bounced()
      };
      for (int c = 0; c < values.length; c++) {
        html.append("<td data-key=\"")
            .append(columns.get(c))
            .append("\" class=\"n count\" data-value=\"")
            .append(values[c])
            .append("\">")
            .append(count(values[c]))
            .append("</td>");
      }
      html.append(money(revenue))
          .append(report.cost() == null ? "<td></td>" : money(report.cost()))
          .append("<td class=\"n\">")
          .append(report.roi().map(roi -> percent(roi).toPlainString() + " %").orElse(""))
          .append("</td></tr>");
    }
    html.append("</table>")
        .append(Svg.bars("Messages opened per campaign", bars))
        .append("</section>");
  }

  private static void automation(StringBuilder html, SalesAutomation.Year automation) {
    SequenceReport sequence = automation.sequence();
    section(html, "automation", "Sales automation: the follow-up sequence and the rules");
    html.append("<p class=\"muted\">")
        .append(
            escape(
                "New leads go to the reps round robin by the assignment rule '"
                    + SalesAutomation.ROUTING
                    + "'; each converted lead's new contact is enrolled in '"
                    + SalesAutomation.SEQUENCE
                    + "', which stops when the person replies; the rule '"
                    + SalesAutomation.STALLED_DEAL
                    + "' creates a task when a deal has not changed for "
                    + SalesAutomation.STALLS_AFTER
                    + " business days."))
        .append("</p><table id=\"sequence-funnel\">");
    html.append("<tr><th></th><th class=\"n\">reached</th><th class=\"n\">emailed</th>")
        .append("<th class=\"n\">exited while next</th></tr>");
    row(html, "enrolled", "Enrolled", sequence.enrolled());
    for (SequenceReport.StepReport step : sequence.steps()) {
      html.append("<tr data-step=\"")
          .append(step.step())
          .append("\"><td>")
          .append(
              escape(
                  "\u2003step "
                      + (step.step() + 1)
                      + ": "
                      + automation.stepNames().get(step.step())))
          .append("</td>")
          .append(number(step.reached()))
          .append(number(step.emailed()))
          .append(number(step.exitedAfter()))
          .append("</tr>");
    }
    row(html, "finished", "Finished every step", sequence.finished());
    for (ExitReason reason : ExitReason.values()) {
      row(
          html,
          "exit-" + reason.name().toLowerCase(Locale.ROOT),
          "Exited: " + reason.name().toLowerCase(Locale.ROOT).replace('_', ' '),
          sequence.exits().getOrDefault(reason, 0));
    }
    row(html, "active", "Still active at year end", sequence.active());
    html.append("</table><table id=\"automation-table\">");
    row(html, "routed", "Leads routed round robin", automation.routed());
    row(html, "stalled-fired", "Stalled-deal rule fired (task created)", automation.stalledFired());
    row(html, "stalled-not-fired", "\u2003looked and did not fire", automation.stalledNotFired());
    row(html, "due-done", "Due work items done", automation.dueDone());
    row(html, "due-failed", "Due work items failed", automation.dueFailed());
    html.append("</table></section>");
  }

  private static void steps(StringBuilder html, DemoResults results) {
    section(html, "steps", "How long it took");
    html.append("<table>");
    results
        .steps()
        .forEach(
            step ->
                html.append("<tr><td>")
                    .append(escape(step.name()))
                    .append("</td><td class=\"n\">")
                    .append(String.format(Locale.ROOT, "%.1f s", step.seconds()))
                    .append("</td></tr>"));
    html.append("</table></section>");
  }

  /** One line of a score's explanation: the rule, its points, and what made it fire. */
  static String explain(RuleContribution contribution) {
    String points = (contribution.points().hundredths() >= 0 ? "+" : "") + contribution.points();
    List<Evidence> evidence = contribution.evidence();
    String why;
    if (!evidence.isEmpty() && evidence.get(0) instanceof FieldValue field) {
      why = field.field() + " = " + field.value();
    } else {
      long matches = evidence.stream().filter(e -> e instanceof ActivityMatch).count();
      why = matches + (matches == 1 ? " activity" : " activities");
    }
    return contribution.rule()
        + " "
        + points
        + " ("
        + why
        + (contribution.capped() ? ", capped" : "")
        + ")";
  }

  static void section(StringBuilder html, String id, String title) {
    html.append("<section id=\"")
        .append(id)
        .append("\"><h2>")
        .append(escape(title))
        .append("</h2>");
  }

  static void row(StringBuilder html, String key, String label, long value) {
    html.append("<tr data-key=\"")
        .append(key)
        .append("\"><td>")
        .append(escape(label))
        .append("</td>")
        .append(number(value))
        .append("</tr>");
  }

  static String number(long value) {
    return "<td class=\"n count\" data-value=\"" + value + "\">" + count(value) + "</td>";
  }

  static String money(Money money) {
    return "<td class=\"n money\" data-value=\""
        + money.amount().toPlainString()
        + "\">"
        + escape(moneyText(money))
        + "</td>";
  }

  static String count(long value) {
    return String.format(Locale.ROOT, "%,d", value);
  }

  static String moneyText(Money money) {
    return String.format(
        Locale.ROOT, "%,.0f %s", money.amount(), money.currency().getCurrencyCode());
  }

  private static BigDecimal percent(BigDecimal share) {
    return share.movePointRight(2).setScale(1, RoundingMode.HALF_EVEN);
  }

  private static BigDecimal days(Duration duration) {
    return BigDecimal.valueOf(duration.toMinutes())
        .divide(BigDecimal.valueOf(24 * 60), 1, RoundingMode.HALF_EVEN);
  }

  /** Escapes text for HTML content and attribute values. */
  static String escape(String text) {
    return text.chars()
        .mapToObj(
            c ->
                switch (c) {
                  case '&' -> "&amp;";
                  case '<' -> "&lt;";
                  case '>' -> "&gt;";
                  case '"' -> "&quot;";
                  case '\'' -> "&#39;";
                  default -> String.valueOf((char) c);
                })
        .collect(Collectors.joining());
  }
}
