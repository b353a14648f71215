package io.crmkit.examples.demo;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.Crm;
import io.crmkit.core.Page;
import io.crmkit.core.PageRequest;
import io.crmkit.core.commerce.Order;
import io.crmkit.core.commerce.OrderChannel;
import io.crmkit.core.commerce.OrderStatus;
import io.crmkit.core.commerce.ProductId;
import io.crmkit.core.contact.ContactId;
import io.crmkit.core.deal.Deal;
import io.crmkit.core.deal.DealQuery;
import io.crmkit.core.money.Money;
import io.crmkit.scoring.churn.AtRiskCustomer;
import io.crmkit.scoring.churn.ChurnBacktest;
import io.crmkit.scoring.churn.ChurnFeature;
import io.crmkit.scoring.churn.ChurnModel;
import io.crmkit.scoring.churn.ChurnTrainer;
import io.crmkit.scoring.churn.ChurnWatchlist;
import io.crmkit.scoring.churn.CustomerActivity;
import io.crmkit.scoring.commerce.OrderHistory;
import io.crmkit.scoring.forecast.MonteCarloForecast;
import io.crmkit.scoring.forecast.PeriodUnit;
import io.crmkit.scoring.forecast.RevenueOutlook;
import io.crmkit.scoring.forecast.SalesPeriod;
import io.crmkit.scoring.forecast.SimulatedDeal;
import io.crmkit.scoring.forecast.SimulatedRevenue;
import io.crmkit.scoring.predictive.Contribution;
import io.crmkit.scoring.predictive.InsufficientHistoryException;
import io.crmkit.scoring.recommend.CoPurchaseRecommender;
import io.crmkit.scoring.recommend.Recommendation;
import io.crmkit.scoring.recommend.Similarity;
import io.crmkit.scoring.value.CustomerSummary;
import io.crmkit.scoring.value.CustomerValue;
import io.crmkit.scoring.value.LifetimeValue;
import io.crmkit.scoring.value.ModelFitException;
import io.crmkit.scoring.value.ValueHorizon;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * What the year's orders say about the customers, and what the open pipeline may bring: the
 * customers' lifetime values by decile (BG/NBD and Gamma-Gamma fitted to the orders), the valuable
 * customers whose churn risk rose with the reasons, the next product for the most valuable
 * customers from what others bought together, and a Monte Carlo forecast of the open deals with its
 * band per quarter and the chance of reaching the quarterly quota.
 */
final class CustomerAnalytics {

  /** The lifetime value horizon: twelve months of 52/12 weeks, discounted 1 % a month. */
  static final ValueHorizon HORIZON = ValueHorizon.of(12, 52.0 / 12, 0.01);

  /** The time unit of the customers' summaries. */
  static final Duration WEEK = Duration.ofDays(7);

  /** A customer who makes no purchase for this long has churned. */
  static final Duration INACTIVITY = Duration.ofDays(90);

  /** How far back the watch list looks for a rise in risk. */
  static final Duration WATCH = Duration.ofDays(30);

  /** The least rise in churn risk that puts a valuable customer on the watch list. */
  static final double MINIMUM_RISE = 0.05;

  /** How many customers must have bought two products together for them to be linked. */
  static final int MINIMUM_SUPPORT = 3;

  /** The fewest buyers the value and churn models are fitted to: fewer tell little. */
  static final int MINIMUM_BUYERS = 100;

  /** The runs of the Monte Carlo forecast. */
  static final int RUNS = 10_000;

  private static final int LISTED = 10;

  /** The churn model's features: recency, tenure, recent purchases and spend, and their trend. */
  static final ChurnTrainer CHURN =
      ChurnTrainer.of(
          List.of(
              ChurnFeature.recencyShare("recency share", 5),
              ChurnFeature.tenure("tenure", 4),
              ChurnFeature.purchases("purchases in 90 days", Duration.ofDays(90), 4),
              ChurnFeature.spend("spend in 180 days", Duration.ofDays(180), 4),
              ChurnFeature.purchaseTrend("purchase trend", Duration.ofDays(60), 5)),
          INACTIVITY);

  /** The orders of the year by status and channel, and their net revenue. */
  record OrderBook(
      long orders,
      Map<OrderStatus, Long> byStatus,
      Map<OrderChannel, Long> byChannel,
      long attributed,
      Money net) {
    OrderBook {
      byStatus = Map.copyOf(byStatus);
      byChannel = Map.copyOf(byChannel);
      requireNonNull(net, "net");
    }
  }

  /**
   * One tenth of the customers by lifetime value, the most valuable tenth first.
   *
   * @param number 1 for the most valuable tenth
   * @param share the decile's part of the value of all customers, 0 to 1
   */
  record Decile(
      int number,
      int customers,
      double meanValue,
      double totalValue,
      double share,
      double meanProbabilityAlive) {}

  /** A valuable customer whose churn risk rose, with the features behind the risk now. */
  record AtRisk(
      ContactId contact,
      String name,
      double value,
      double previousRisk,
      double risk,
      List<Contribution> reasons) {
    AtRisk {
      reasons = List.copyOf(reasons);
    }
  }

  /** The next product for one of the most valuable customers, with what it was bought with. */
  record NextBest(
      ContactId contact,
      String customer,
      String product,
      String boughtWith,
      int customers,
      double score) {}

  /** One quarter of the Monte Carlo forecast, with the chance of reaching the quota. */
  record Band(SalesPeriod period, SimulatedRevenue revenue, double chanceOfQuota) {}

  /**
   * Everything the analysis found, and the seconds it took.
   *
   * @param buyers the customers with at least one order that counts
   * @param value the fitted lifetime value models, or null with fewer than {@value #MINIMUM_BUYERS}
   *     buyers or when too few bought again
   * @param deciles the customers by lifetime value decile, most valuable first; empty without a
   *     value
   * @param backtest the churn model's time-ordered backtest, or null with fewer than {@value
   *     #MINIMUM_BUYERS} buyers or when those who churned, or those who stayed, were too few
   * @param atRisk the valuable customers whose risk rose most, most value at risk first
   * @param watched how many customers the watch list holds in all
   * @param nextBest the next product of the most valuable customers who have one
   * @param openDeals the open deals the forecast simulated
   * @param quota the team's quota per quarter: the average quarter of the year's won revenue
   * @param forecast the forecast's quarters, in order
   */
  record Findings(
      OrderBook orders,
      int buyers,
      @Nullable LifetimeValue value,
      List<Decile> deciles,
      @Nullable ChurnBacktest backtest,
      List<AtRisk> atRisk,
      int watched,
      List<NextBest> nextBest,
      int openDeals,
      Money quota,
      List<Band> forecast,
      double seconds) {
    Findings {
      requireNonNull(orders, "orders");
      deciles = List.copyOf(deciles);
      atRisk = List.copyOf(atRisk);
      nextBest = List.copyOf(nextBest);
      requireNonNull(quota, "quota");
      forecast = List.copyOf(forecast);
    }
  }

  private final Crm crm;
  private final long seed;

  CustomerAnalytics(Crm crm, long seed) {
    this.crm = requireNonNull(crm, "crm");
    this.seed = seed;
  }

  /** Analyses the orders and deals in the CRM as of its clock. */
  Findings analyse() {
    long started = System.nanoTime();
    Instant asOf = crm.clock().instant();
    List<Order> orders = all(crm.commerce()::orders);
    OrderHistory history = OrderHistory.of(orders, DemoRun.EUR, asOf);

    List<CustomerSummary<ContactId>> summaries = history.summaries(ZoneOffset.UTC, WEEK);
    Values fitted = summaries.size() < MINIMUM_BUYERS ? Values.NONE : fit(summaries);
    List<CustomerValue<ContactId>> values = fitted.values();
    Churn churn = summaries.size() < MINIMUM_BUYERS ? Churn.NONE : churn(history, values, asOf);

    CoPurchaseRecommender<ProductId> recommender =
        history.recommender(MINIMUM_SUPPORT, Similarity.COSINE);
    List<Deal> deals = all(page -> crm.deals().search(DealQuery.all(), page));
    Money quota = quota(deals);
    List<SimulatedDeal> open = openDeals(deals, LocalDate.ofInstant(asOf, ZoneOffset.UTC));
    RevenueOutlook outlook =
        MonteCarloForecast.of(DemoRun.EUR, PeriodUnit.QUARTER).runs(RUNS).seed(seed).simulate(open);
    List<Band> bands = new ArrayList<>();
    outlook
        .periods()
        .forEach(
            (period, revenue) ->
                bands.add(new Band(period, revenue, revenue.probabilityOfReaching(quota))));

    return new Findings(
        book(orders),
        summaries.size(),
        fitted.model(),
        values.isEmpty() ? List.of() : deciles(values),
        churn.backtest(),
        churn.watchlist().stream().limit(LISTED).map(this::atRisk).toList(),
        churn.watchlist().size(),
        nextBest(history, recommender, values),
        open.size(),
        quota,
        bands,
        (System.nanoTime() - started) / 1e9);
  }

  /** The fitted lifetime value models and the values of the buyers, the most valuable first. */
  private record Values(@Nullable LifetimeValue model, List<CustomerValue<ContactId>> values) {
    static final Values NONE = new Values(null, List.of());
  }

  private static Values fit(List<CustomerSummary<ContactId>> summaries) {
    try {
      LifetimeValue model = LifetimeValue.fit(summaries);
      return new Values(model, model.estimateAll(summaries, HORIZON));
    } catch (ModelFitException | ArithmeticException e) {
      // too few repeat buyers, or a fit at the edge of the parameters: the report says so
      return Values.NONE;
    }
  }

  /** The churn model's backtest and the valuable customers whose risk rose. */
  private record Churn(
      @Nullable ChurnBacktest backtest, List<AtRiskCustomer<ContactId>> watchlist) {
    static final Churn NONE = new Churn(null, List.of());
  }

  private static Churn churn(
      OrderHistory history, List<CustomerValue<ContactId>> values, Instant asOf) {
    List<CustomerActivity<ContactId>> activities = history.activities();
    Instant cutoff = asOf.minus(INACTIVITY);
    try {
      ChurnBacktest backtest =
          ChurnBacktest.run(CHURN, activities, cutoff.minus(INACTIVITY), cutoff);
      ChurnModel model = history.trainChurn(CHURN, cutoff);
      Map<ContactId, Double> byCustomer = new HashMap<>();
      values.forEach(customer -> byCustomer.put(customer.customer(), customer.value()));
      return new Churn(
          backtest,
          ChurnWatchlist.risingRisk(
              model,
              activities,
              byCustomer,
              median(values),
              MINIMUM_RISE,
              asOf.minus(WATCH),
              asOf));
    } catch (InsufficientHistoryException e) {
      // too few customers who churned, or who stayed, to learn from: the report says so
      return Churn.NONE;
    }
  }

  private static OrderBook book(List<Order> orders) {
    Map<OrderStatus, Long> byStatus = new EnumMap<>(OrderStatus.class);
    Map<OrderChannel, Long> byChannel = new EnumMap<>(OrderChannel.class);
    long attributed = 0;
    List<Money> net = new ArrayList<>();
    for (Order order : orders) {
      byStatus.merge(order.status(), 1L, Long::sum);
      byChannel.merge(order.details().channel(), 1L, Long::sum);
      attributed += order.details().campaign().isEmpty() ? 0 : 1;
      if (order.status().counts()) {
        net.add(order.net());
      }
    }
    return new OrderBook(
        orders.size(), byStatus, byChannel, attributed, Money.sum(net, DemoRun.EUR));
  }

  /** Cuts {@code values}, most valuable first, into ten groups of (nearly) equal size. */
  static List<Decile> deciles(List<CustomerValue<ContactId>> values) {
    double total = values.stream().mapToDouble(CustomerValue::value).sum();
    List<Decile> deciles = new ArrayList<>(10);
    int size = values.size();
    for (int number = 1; number <= 10; number++) {
      List<CustomerValue<ContactId>> tenth =
          values.subList((number - 1) * size / 10, number * size / 10);
      double sum = tenth.stream().mapToDouble(CustomerValue::value).sum();
      deciles.add(
          new Decile(
              number,
              tenth.size(),
              tenth.isEmpty() ? 0 : sum / tenth.size(),
              sum,
              total == 0 ? 0 : sum / total,
              tenth.stream().mapToDouble(CustomerValue::probabilityAlive).average().orElse(0)));
    }
    return deciles;
  }

  private static double median(List<CustomerValue<ContactId>> values) {
    return values.isEmpty() ? 0 : values.get(values.size() / 2).value();
  }

  private AtRisk atRisk(AtRiskCustomer<ContactId> customer) {
    return new AtRisk(
        customer.customer(),
        name(customer.customer()),
        customer.value(),
        customer.previousRisk(),
        customer.risk(),
        customer.reasons().stream().filter(reason -> reason.logOdds() > 0).limit(3).toList());
  }

  /** The first recommendation of each of the most valuable customers who have one. */
  private List<NextBest> nextBest(
      OrderHistory history,
      CoPurchaseRecommender<ProductId> recommender,
      List<CustomerValue<ContactId>> values) {
    List<NextBest> next = new ArrayList<>();
    for (CustomerValue<ContactId> customer : values) {
      if (next.size() == LISTED) {
        break;
      }
      List<Recommendation<ProductId>> found =
          history.recommend(customer.customer(), recommender, 1);
      if (!found.isEmpty() && found.get(0).boughtWith() != null) {
        Recommendation<ProductId> best = found.get(0);
        next.add(
            new NextBest(
                customer.customer(),
                name(customer.customer()),
                product(best.item()),
                product(requireNonNull(best.boughtWith(), "boughtWith")),
                best.customers(),
                best.score()));
      }
    }
    return next;
  }

  /** The quarterly quota: the year's won revenue over four quarters, to the hundred. */
  private static Money quota(List<Deal> deals) {
    BigDecimal won =
        deals.stream()
            .filter(Deal::isWon)
            .flatMap(deal -> deal.details().amountIfKnown().stream())
            .map(Money::amount)
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    return Money.of(
        won.divide(BigDecimal.valueOf(400), 0, RoundingMode.HALF_EVEN)
            .movePointRight(2)
            .setScale(2, RoundingMode.UNNECESSARY),
        DemoRun.EUR);
  }

  /**
   * The open deals as the forecast draws them, at their stage's probability; a deal whose close
   * date has passed is expected to close on {@code today}.
   */
  private static List<SimulatedDeal> openDeals(List<Deal> deals, LocalDate today) {
    List<SimulatedDeal> open = new ArrayList<>();
    for (Deal deal : deals) {
      SimulatedDeal.atStageProbability(deal)
          .map(
              simulated ->
                  simulated.closeDate().isBefore(today)
                      ? new SimulatedDeal(simulated.amount(), simulated.probability(), today)
                      : simulated)
          .ifPresent(open::add);
    }
    return open;
  }

  private String name(ContactId contact) {
    return crm.contacts().get(contact).details().name().display();
  }

  private String product(ProductId product) {
    return crm.commerce().getProduct(product).details().name();
  }

  /** Reads every page that {@code pages} gives, from the first. */
  private static <T> List<T> all(Function<PageRequest, Page<T>> pages) {
    List<T> items = new ArrayList<>();
    PageRequest request = PageRequest.first(PageRequest.MAX_SIZE);
    while (true) {
      Page<T> page = pages.apply(request);
      items.addAll(page.items());
      if (page.next() == null) {
        return items;
      }
      request = PageRequest.after(page.next(), PageRequest.MAX_SIZE);
    }
  }
}
