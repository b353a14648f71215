package io.crmkit.examples.demo;

import static io.crmkit.examples.demo.HtmlReport.count;
import static io.crmkit.examples.demo.HtmlReport.escape;
import static io.crmkit.examples.demo.HtmlReport.money;
import static io.crmkit.examples.demo.HtmlReport.moneyText;
import static io.crmkit.examples.demo.HtmlReport.number;
import static io.crmkit.examples.demo.HtmlReport.row;
import static io.crmkit.examples.demo.HtmlReport.section;

import io.crmkit.core.commerce.OrderChannel;
import io.crmkit.core.commerce.OrderStatus;
import io.crmkit.core.money.Money;
import io.crmkit.examples.demo.CustomerAnalytics.AtRisk;
import io.crmkit.examples.demo.CustomerAnalytics.Band;
import io.crmkit.examples.demo.CustomerAnalytics.Decile;
import io.crmkit.examples.demo.CustomerAnalytics.Findings;
import io.crmkit.examples.demo.CustomerAnalytics.NextBest;
import io.crmkit.examples.demo.CustomerAnalytics.OrderBook;
import io.crmkit.examples.demo.Svg.Bar;
import io.crmkit.examples.demo.Svg.Column;
import io.crmkit.scoring.churn.ChurnBacktest;
import io.crmkit.scoring.predictive.Contribution;
import io.crmkit.scoring.value.BgNbdModel;
import io.crmkit.scoring.value.GammaGammaModel;
import io.crmkit.scoring.value.LifetimeValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The report's sections on the shop and its customers: the year's orders by channel and status,
 * lifetime value by decile, the valuable customers at rising churn risk with the reasons, the next
 * products of the most valuable customers, and the Monte Carlo forecast of the open deals. Part of
 * the {@link HtmlReport}, in its style: every figure in a cell with its exact {@code data-value}.
 */
final class CustomerReport {

  /** A number with more decimals than a reader wants: a bin's bound. */
  private static final Pattern LONG_DECIMAL = Pattern.compile("-?\\d+\\.\\d{3,}");

  private static final String TOO_FEW =
      "Too few customers (the models need "
          + CustomerAnalytics.MINIMUM_BUYERS
          + " buyers, some of whom bought again and some of whom stopped)";

  private CustomerReport() {}

  /** Appends the sections on {@code shop}'s year and the {@code found} analyses to {@code html}. */
  static void render(StringBuilder html, CommerceDesk.Year shop, Findings found) {
    orders(html, shop, found.orders());
    lifetimeValue(html, found);
    churn(html, found);
    nextBest(html, found.nextBest());
    monteCarlo(html, found);
  }

  private static void orders(StringBuilder html, CommerceDesk.Year shop, OrderBook book) {
    section(html, "orders", "Orders");
    html.append("<p class=\"muted\">")
        .append(
            escape(
                "The web shop reports its orders every night with their status; partners order"
                    + " for their customers; a won deal becomes an order of the team licence at"
                    + " the deal's amount. Each order is also on its buyer's timeline."))
        .append("</p><table id=\"orders-table\">");
    row(html, "orders", "Orders placed", book.orders());
    for (OrderChannel channel : OrderChannel.values()) {
      row(
          html,
          "channel-" + key(channel.name()),
          "\u2003through " + label(channel.name()),
          book.byChannel().getOrDefault(channel, 0L));
    }
    row(html, "attributed", "\u2003attributed to a campaign", book.attributed());
    row(html, "invoiced", "Web orders paid by invoice", shop.invoiced());
    for (OrderStatus status : OrderStatus.values()) {
      row(
          html,
          "status-" + key(status.name()),
          "Status at year end: " + label(status.name()),
          book.byStatus().getOrDefault(status, 0L));
    }
    row(html, "refunds", "Refunds, in part or in full", shop.refunds());
    html.append("<tr data-key=\"net\"><td>Net revenue of the orders that count</td>")
        .append(money(book.net()))
        .append("</tr></table></section>");
  }

  private static void lifetimeValue(StringBuilder html, Findings found) {
    section(html, "lifetime-value", "Customer lifetime value by decile");
    LifetimeValue value = found.value();
    if (value == null) {
      html.append("<p>")
          .append(escape(TOO_FEW + " to fit BG/NBD and Gamma-Gamma: run a larger year."))
          .append("</p></section>");
      return;
    }
    BgNbdModel transactions = value.transactions();
    GammaGammaModel spend = value.spend();
    html.append("<p class=\"muted\">")
        .append(
            escape(
                String.format(
                    Locale.ROOT,
                    "The value of the next %d months of %.2f weeks, discounted %.0f %% a month,"
                        + " of the %,d buyers: BG/NBD (r %.3f, alpha %.2f, a %.3f, b %.3f) for"
                        + " the purchases to come, Gamma-Gamma (p %.2f, q %.2f, v %.2f) for what"
                        + " each is worth, both fitted to the year's orders by maximum likelihood.",
                    CustomerAnalytics.HORIZON.periods(),
                    CustomerAnalytics.HORIZON.periodLength(),
                    CustomerAnalytics.HORIZON.discountRate() * 100,
                    found.buyers(),
                    transactions.r(),
                    transactions.alpha(),
                    transactions.a(),
                    transactions.b(),
                    spend.p(),
                    spend.q(),
                    spend.v())))
        .append("</p><table id=\"clv-table\"><tr><th>decile</th><th class=\"n\">customers</th>")
        .append("<th class=\"n\">average value</th><th class=\"n\">share of value</th>")
        .append("<th class=\"n\">average P(alive)</th></tr>");
    List<Bar> bars = new ArrayList<>();
    for (Decile decile : found.deciles()) {
      String average = euros(decile.meanValue());
      bars.add(new Bar("decile " + decile.number(), decile.meanValue(), average, Svg.GREEN));
      html.append("<tr data-decile=\"")
          .append(decile.number())
          .append("\"><td>")
          .append(decile.number())
          .append("</td>")
          .append(number(decile.customers()))
          .append(decimal("value", decile.meanValue(), average))
          .append(decimal("share", decile.share() * 100, percent(decile.share())))
          .append(
              decimal(
                  "alive", decile.meanProbabilityAlive(), percent(decile.meanProbabilityAlive())))
          .append("</tr>");
    }
    html.append("</table>")
        .append(Svg.bars("Average lifetime value by decile", bars))
        .append("</section>");
  }

  private static void churn(StringBuilder html, Findings found) {
    section(html, "churn", "Customers at risk");
    ChurnBacktest backtest = found.backtest();
    if (backtest == null) {
      html.append("<p>")
          .append(escape(TOO_FEW + " to learn and backtest a churn model: run a larger year."))
          .append("</p></section>");
      return;
    }
    html.append("<p class=\"muted\">")
        .append(
            escape(
                String.format(
                    Locale.ROOT,
                    "A customer has churned after %d days without an order. The churn model, a"
                        + " logistic regression on recency, tenure, recent purchases and spend"
                        + " and their trend, learns from the tenant's own customers. Backtest in"
                        + " time order: trained on %,d customers (%.0f %% churned), tested %d"
                        + " days later on %,d (%.0f %% churned).",
                    CustomerAnalytics.INACTIVITY.toDays(),
                    backtest.trainingCustomers(),
                    backtest.trainingChurnRate() * 100,
                    CustomerAnalytics.INACTIVITY.toDays(),
                    backtest.testCustomers(),
                    backtest.testChurnRate() * 100)))
        .append("</p><table id=\"churn-backtest\">")
        .append("<tr data-key=\"auc\"><td>Backtest AUC</td>")
        .append(
            decimal(
                "auc", backtest.evaluation().auc(), format("%.3f", backtest.evaluation().auc())))
        .append("</tr><tr data-key=\"brier\"><td>Backtest Brier score</td>")
        .append(
            decimal(
                "brier",
                backtest.evaluation().brierScore(),
                format("%.3f", backtest.evaluation().brierScore())))
        .append("</tr>");
    row(html, "watched", "Valuable customers whose risk rose", found.watched());
    html.append("</table><p>")
        .append(
            escape(
                String.format(
                    Locale.ROOT,
                    "Customers worth at least the median lifetime value whose risk rose by %.0f"
                        + " points or more over the last %d days, most value at risk first:",
                    CustomerAnalytics.MINIMUM_RISE * 100,
                    CustomerAnalytics.WATCH.toDays())))
        .append("</p><table id=\"at-risk-table\"><tr><th>customer</th>")
        .append("<th class=\"n\">lifetime value</th><th class=\"n\">risk before</th>")
        .append("<th class=\"n\">risk now</th><th>why</th></tr>");
    for (AtRisk customer : found.atRisk()) {
      html.append("<tr data-contact=\"")
          .append(customer.contact().value())
          .append("\"><td>")
          .append(escape(customer.name()))
          .append("</td>")
          .append(decimal("value", customer.value(), euros(customer.value())))
          .append(decimal("before", customer.previousRisk(), percent(customer.previousRisk())))
          .append(decimal("risk", customer.risk(), percent(customer.risk())))
          .append("<td><ul class=\"why\">");
      for (Contribution reason : customer.reasons()) {
        html.append("<li>").append(escape(explain(reason))).append("</li>");
      }
      html.append("</ul></td></tr>");
    }
    html.append("</table></section>");
  }

  private static void nextBest(StringBuilder html, List<NextBest> next) {
    section(html, "recommendations", "Next products for the most valuable customers");
    html.append("<p class=\"muted\">")
        .append(
            escape(
                "From the products customers bought together (at least "
                    + CustomerAnalytics.MINIMUM_SUPPORT
                    + " customers, cosine similarity), leaving out what the customer has."))
        .append("</p><table id=\"next-best-table\"><tr><th>customer</th><th>next product</th>")
        .append("<th>why</th><th class=\"n\">score</th></tr>");
    for (NextBest best : next) {
      html.append("<tr data-contact=\"")
          .append(best.contact().value())
          .append("\"><td>")
          .append(escape(best.customer()))
          .append("</td><td>")
          .append(escape(best.product()))
          .append("</td><td class=\"why\" data-value=\"")
          .append(best.customers())
          .append("\">")
          .append(
              escape(
                  "bought with "
                      + best.boughtWith()
                      + " by "
                      + count(best.customers())
                      + " customers"))
          .append("</td>")
          .append(decimal("score", best.score(), format("%.3f", best.score())))
          .append("</tr>");
    }
    html.append("</table></section>");
  }

  private static void monteCarlo(StringBuilder html, Findings found) {
    section(html, "monte-carlo", "Monte Carlo forecast of the open deals");
    html.append("<p class=\"muted\">")
        .append(
            escape(
                String.format(
                    Locale.ROOT,
                    "%,d open deals drawn as won at their stage's probability, %,d runs; a deal"
                        + " past its close date is expected now. The quota per quarter, %s, is"
                        + " the year's won revenue over four quarters.",
                    found.openDeals(),
                    CustomerAnalytics.RUNS,
                    moneyText(found.quota()))))
        .append("</p><table id=\"monte-carlo-table\"><tr><th>quarter</th>")
        .append("<th class=\"n\">P10</th><th class=\"n\">P50</th><th class=\"n\">P90</th>")
        .append("<th class=\"n\">chance of the quota</th></tr>");
    List<Column> columns = new ArrayList<>();
    for (Band band : found.forecast()) {
      Money p10 = band.revenue().p10();
      Money p90 = band.revenue().p90();
      columns.add(
          new Column(
              band.period().toString(),
              p10.amount().doubleValue(),
              p90.amount().doubleValue() - p10.amount().doubleValue(),
              moneyText(band.revenue().p50())));
      html.append("<tr data-period=\"")
          .append(band.period())
          .append("\"><td>")
          .append(band.period())
          .append("</td>")
          .append(money(p10))
          .append(money(band.revenue().p50()))
          .append(money(p90))
          .append(decimal("chance", band.chanceOfQuota(), percent(band.chanceOfQuota())))
          .append("</tr>");
    }
    html.append("</table>")
        .append(Svg.columns("Revenue band by quarter", columns, Svg.GREY, Svg.LIGHT_BLUE))
        .append("<p class=\"muted\">grey: up to P10; blue: P10 to P90; label: P50.</p></section>");
  }

  /** One reason of a churn risk: "recency share = [0.12, 0.33) +0.21", bounds rounded. */
  static String explain(Contribution reason) {
    Matcher bound = LONG_DECIMAL.matcher(reason.value());
    StringBuilder value = new StringBuilder();
    while (bound.find()) {
      bound.appendReplacement(value, format("%.2f", Double.parseDouble(bound.group())));
    }
    bound.appendTail(value);
    return reason.feature() + " = " + value + " " + format("%+.2f", reason.logOdds());
  }

  private static String decimal(String kind, double value, String text) {
    return "<td class=\"n " + kind + "\" data-value=\"" + value + "\">" + escape(text) + "</td>";
  }

  private static String euros(double amount) {
    return format("%,.0f EUR", amount);
  }

  private static String percent(double share) {
    return format("%.1f %%", share * 100);
  }

  private static String format(String pattern, Object... values) {
    return String.format(Locale.ROOT, pattern, values);
  }

  private static String label(String name) {
    return name.toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  private static String key(String name) {
    return name.toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
