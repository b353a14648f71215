package io.crmkit.scoring.churn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.scoring.predictive.Contribution;
import io.crmkit.scoring.predictive.FeatureValue;
import io.crmkit.scoring.predictive.Outcome;
import io.crmkit.scoring.rfm.Purchase;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A tenant where customers on the basic plan who opened tickets stop buying: the model must learn
 * it from purchases, interactions and attributes, and say so in its reasons.
 */
class ChurnModelTests {

  private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");
  private static final Instant CUTOFF = START.plus(Duration.ofDays(180));
  private static final Duration QUARTER = Duration.ofDays(90);

  private static final List<ChurnFeature> FEATURES =
      List.of(
          ChurnFeature.recency("daysSinceLastPurchase", 4),
          ChurnFeature.purchases("purchasesIn90Days", QUARTER, 4),
          ChurnFeature.interactions("ticketsIn90Days", "ticket", QUARTER, 3),
          ChurnFeature.categoricalAttribute("plan"));

  @Test
  void learnsFromPurchasesInteractionsAndAttributesAndExplainsTheRisk() {
    List<CustomerActivity<Integer>> customers = customers(400, 7);
    ChurnModel model = ChurnTrainer.of(FEATURES, QUARTER).train(customers, CUTOFF);

    ChurnRisk<Integer> unhappy = model.risk(unhappy(1_000), CUTOFF);
    ChurnRisk<Integer> happy = model.risk(happy(1_001), CUTOFF);

    assertThat(unhappy.probability()).isGreaterThan(0.7);
    assertThat(happy.probability()).isLessThan(0.3);
    assertThat(unhappy.reasons())
        .extracting(Contribution::feature)
        .contains("ticketsIn90Days", "plan");
    assertThat(unhappy.reasons().stream().filter(r -> r.feature().equals("plan")))
        .singleElement()
        .satisfies(
            reason -> {
              assertThat(reason.value()).isEqualTo("basic");
              assertThat(reason.logOdds()).isPositive();
            });
  }

  @Test
  void labelsChurnByTheInactivityAfterTheCutoffAndSkipsProspects() {
    CustomerActivity<Integer> returning = happy(1);
    CustomerActivity<Integer> gone = unhappy(2);
    CustomerActivity<Integer> prospect =
        CustomerActivity.of(3, List.of(purchase(3, CUTOFF.plus(Duration.ofDays(3)))));

    assertThat(
            ChurnTrainer.of(FEATURES, QUARTER)
                .observations(List.of(returning, gone, prospect), CUTOFF))
        .extracting(observation -> observation.outcome())
        .containsExactly(Outcome.LOST, Outcome.WON);
  }

  @Test
  void backtestsOnALaterCutoffOnly() {
    List<CustomerActivity<Integer>> customers = customers(400, 11);
    ChurnTrainer trainer = ChurnTrainer.of(FEATURES, QUARTER);

    assertThatThrownBy(
            () -> ChurnBacktest.run(trainer, customers, CUTOFF, CUTOFF.plus(Duration.ofDays(30))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("before the training labels are known");
  }

  @Test
  void refusesToScoreAProspect() {
    ChurnModel model = ChurnTrainer.of(FEATURES, QUARTER).train(customers(200, 3), CUTOFF);

    assertThatThrownBy(
            () -> model.risk(CustomerActivity.of(9, List.<Purchase<Integer>>of()), CUTOFF))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("customer 9 made no purchase before");
  }

  @Test
  void listsValuableCustomersWhoseRiskRoseMostValueAtRiskFirst() {
    ChurnModel model = ChurnTrainer.of(FEATURES, QUARTER).train(customers(400, 5), CUTOFF);
    Instant earlier = CUTOFF.minus(Duration.ofDays(60));
    // both were steady buyers until 60 days ago; then they went quiet and opened tickets
    CustomerActivity<Integer> big = turnedUnhappy(1, earlier);
    CustomerActivity<Integer> small = turnedUnhappy(2, earlier);
    CustomerActivity<Integer> steady = happy(3);

    List<AtRiskCustomer<Integer>> watchlist =
        ChurnWatchlist.risingRisk(
            model,
            List.of(small, big, steady),
            Map.of(1, 5_000.0, 2, 800.0, 3, 9_000.0),
            500,
            0.2,
            earlier,
            CUTOFF);

    assertThat(watchlist).extracting(AtRiskCustomer::customer).containsExactly(1, 2);
    assertThat(watchlist.get(0).rise()).isGreaterThanOrEqualTo(0.2);
    assertThat(watchlist.get(0).reasons()).isNotEmpty();
  }

  /** Customers half happy, half unhappy, with some noise so that both outcomes mix. */
  private static List<CustomerActivity<Integer>> customers(int count, long seed) {
    Random random = new Random(seed);
    List<CustomerActivity<Integer>> customers = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      boolean unhappy = random.nextBoolean();
      boolean leaves = random.nextDouble() < (unhappy ? 0.85 : 0.15);
      CustomerActivity<Integer> customer = unhappy ? unhappy(i) : happy(i);
      customers.add(leaves ? withoutFuture(customer) : withFuture(customer));
    }
    return customers;
  }

  private static CustomerActivity<Integer> happy(int id) {
    List<Purchase<Integer>> purchases = new ArrayList<>();
    for (int day = 5; day < 180; day += 20) {
      purchases.add(purchase(id, START.plus(Duration.ofDays(day))));
    }
    purchases.add(purchase(id, CUTOFF.plus(Duration.ofDays(20))));
    return new CustomerActivity<>(id, purchases, List.of(), Map.of("plan", FeatureValue.of("pro")));
  }

  private static CustomerActivity<Integer> unhappy(int id) {
    List<Purchase<Integer>> purchases =
        List.of(
            purchase(id, START.plus(Duration.ofDays(10))),
            purchase(id, START.plus(Duration.ofDays(70))));
    List<Interaction> tickets =
        List.of(
            Interaction.of("ticket", CUTOFF.minus(Duration.ofDays(40))),
            Interaction.of("ticket", CUTOFF.minus(Duration.ofDays(10))));
    return new CustomerActivity<>(id, purchases, tickets, Map.of("plan", FeatureValue.of("basic")));
  }

  private static CustomerActivity<Integer> turnedUnhappy(int id, Instant since) {
    List<Purchase<Integer>> purchases = new ArrayList<>();
    for (Instant at = START.plus(Duration.ofDays(5));
        at.isBefore(since);
        at = at.plus(Duration.ofDays(15))) {
      purchases.add(purchase(id, at));
    }
    List<Interaction> tickets =
        List.of(
            Interaction.of("ticket", since.plus(Duration.ofDays(10))),
            Interaction.of("ticket", since.plus(Duration.ofDays(40))));
    return new CustomerActivity<>(id, purchases, tickets, Map.of("plan", FeatureValue.of("basic")));
  }

  private static CustomerActivity<Integer> withFuture(CustomerActivity<Integer> customer) {
    List<Purchase<Integer>> purchases = new ArrayList<>(customer.purchases());
    purchases.add(purchase(customer.customer(), CUTOFF.plus(Duration.ofDays(30))));
    return new CustomerActivity<>(
        customer.customer(), purchases, customer.interactions(), customer.attributes());
  }

  private static CustomerActivity<Integer> withoutFuture(CustomerActivity<Integer> customer) {
    List<Purchase<Integer>> purchases =
        customer.purchases().stream().filter(p -> p.at().isBefore(CUTOFF)).toList();
    return new CustomerActivity<>(
        customer.customer(), purchases, customer.interactions(), customer.attributes());
  }

  private static Purchase<Integer> purchase(int customer, Instant at) {
    return Purchase.of(customer, at, new BigDecimal("25.00"));
  }
}
