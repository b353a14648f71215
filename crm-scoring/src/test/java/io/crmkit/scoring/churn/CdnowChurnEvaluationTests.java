package io.crmkit.scoring.churn;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.fixtures.EvaluationReport;
import io.crmkit.scoring.CdnowData;
import io.crmkit.scoring.predictive.CalibratedTrainer;
import io.crmkit.scoring.predictive.Calibration;
import io.crmkit.scoring.predictive.NaiveBayesTrainer;
import io.crmkit.scoring.predictive.Outcome;
import io.crmkit.scoring.predictive.evaluation.CalibrationTable;
import io.crmkit.scoring.predictive.evaluation.Evaluation;
import io.crmkit.scoring.predictive.evaluation.ScoredOutcome;
import io.crmkit.scoring.rfm.Purchase;
import io.crmkit.scoring.value.BgNbdModel;
import io.crmkit.scoring.value.CustomerSummaries;
import io.crmkit.scoring.value.CustomerSummary;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The churn backtest on the CDNOW panel (EVALUATION.md): churn is no purchase in the 26 weeks after
 * a cut-off; the model is trained as of 1997-07-02 and tested as of 1997-12-31, whose 26 weeks end
 * with the data on 1998-06-30. Skipped when the shared data is absent.
 */
class CdnowChurnEvaluationTests {

  private static final EvaluationReport REPORT =
      EvaluationReport.of(CdnowChurnEvaluationTests.class);

  static final Duration HALF_YEAR = Duration.ofDays(7 * 26);
  static final Instant TEST_CUTOFF = Instant.parse("1997-12-31T00:00:00Z");
  static final Instant TRAINING_CUTOFF = TEST_CUTOFF.minus(HALF_YEAR);

  static final List<ChurnFeature> FEATURES =
      List.of(
          ChurnFeature.recency("daysSinceLastPurchase", 10),
          ChurnFeature.recencyShare("shareOfTenureSinceLastPurchase", 10),
          ChurnFeature.tenure("daysSinceFirstPurchase", 5),
          ChurnFeature.purchases("purchasesIn26Weeks", HALF_YEAR, 5),
          ChurnFeature.purchases("purchasesIn8Weeks", Duration.ofDays(56), 4),
          ChurnFeature.spend("spendIn26Weeks", HALF_YEAR, 5),
          ChurnFeature.purchaseTrend("purchaseTrend13Weeks", Duration.ofDays(91), 5));

  private static List<CustomerActivity<String>> customers = List.of();
  private static List<Purchase<String>> purchases = List.of();

  @BeforeAll
  static void readData() throws IOException {
    purchases = CdnowData.purchases();
    Map<String, List<Purchase<String>>> byCustomer =
        purchases.stream()
            .collect(
                Collectors.groupingBy(Purchase::customer, LinkedHashMap::new, Collectors.toList()));
    List<CustomerActivity<String>> activities = new ArrayList<>();
    byCustomer.forEach((customer, bought) -> activities.add(CustomerActivity.of(customer, bought)));
    customers = List.copyOf(activities);
  }

  @Test
  void ranksChurnersInTheFutureFarAboveChance() {
    ChurnTrainer logistic = ChurnTrainer.of(FEATURES, HALF_YEAR);
    ChurnBacktest regression = ChurnBacktest.run(logistic, customers, TRAINING_CUTOFF, TEST_CUTOFF);
    ChurnBacktest naiveBayes =
        ChurnBacktest.run(
            logistic.withLearner(NaiveBayesTrainer::of), customers, TRAINING_CUTOFF, TEST_CUTOFF);
    ChurnBacktest calibrated =
        ChurnBacktest.run(
            logistic.withLearner(
                schema ->
                    CalibratedTrainer.of(NaiveBayesTrainer.of(schema), Calibration.Method.PLATT)),
            customers,
            TRAINING_CUTOFF,
            TEST_CUTOFF);
    Evaluation recency = recencyBaseline();
    Evaluation bgNbd = bgNbdBaseline();

    print("logistic regression", regression.evaluation());
    print("naive Bayes", naiveBayes.evaluation());
    print("naive Bayes, Platt", calibrated.evaluation());
    print("days since last purchase", recency);
    print("BG/NBD exp(-E[X(26 weeks)])", bgNbd);
    REPORT.line(
        "training %d customers (%.3f churned), test %d (%.3f churned)",
        regression.trainingCustomers(),
        regression.trainingChurnRate(),
        regression.testCustomers(),
        regression.testChurnRate());
    for (CalibrationTable.Bin bin : regression.evaluation().calibration().bins()) {
      REPORT.line(
          "  bin %d: %d customers, predicted %.3f, observed %.3f",
          bin.index(), bin.count(), bin.meanPredicted(), bin.observedRate());
    }

    assertThat(regression.trainingCustomers()).isEqualTo(23_570);
    assertThat(regression.testCustomers()).isEqualTo(23_570);
    // far above chance, and better probabilities than the test's own churn rate given to everyone
    double rate = regression.testChurnRate();
    assertThat(regression.evaluation().auc()).isGreaterThan(0.75);
    assertThat(naiveBayes.evaluation().auc()).isGreaterThan(0.75);
    assertThat(regression.evaluation().brierScore()).isLessThan(rate * (1 - rate));
    assertThat(calibrated.evaluation().brierScore())
        .isLessThan(naiveBayes.evaluation().brierScore());
  }

  /** Scores the test customers by days since their last purchase alone. */
  private static Evaluation recencyBaseline() {
    List<ScoredOutcome> scored = new ArrayList<>();
    double span = Duration.between(Instant.parse("1997-01-01T00:00:00Z"), TEST_CUTOFF).toDays();
    for (CustomerActivity<String> customer : customers) {
      Instant last =
          customer.purchases().stream()
              .map(Purchase::at)
              .filter(at -> at.isBefore(TEST_CUTOFF))
              .max(Instant::compareTo)
              .orElseThrow();
      scored.add(
          ScoredOutcome.of(Duration.between(last, TEST_CUTOFF).toDays() / span, outcome(customer)));
    }
    return Evaluation.of(scored);
  }

  /**
   * Scores the test customers by BG/NBD fitted as of then: by the purchases it expects in the next
   * 26 weeks (fewer ranks as likelier churn) and by its probability of having dropped out.
   */
  private static Evaluation bgNbdBaseline() {
    List<CustomerSummary<String>> summaries =
        CustomerSummaries.of(
            purchases, LocalDate.of(1997, 12, 30), ZoneOffset.UTC, Duration.ofDays(7));
    BgNbdModel model = BgNbdModel.fit(summaries);
    REPORT.line("BG/NBD as of the test cut-off: %s", model);
    Map<String, CustomerActivity<String>> byKey =
        customers.stream()
            .collect(Collectors.toMap(CustomerActivity::customer, customer -> customer));
    List<ScoredOutcome> expected = new ArrayList<>();
    List<ScoredOutcome> dropped = new ArrayList<>();
    for (CustomerSummary<String> summary : summaries) {
      Outcome outcome = outcome(byKey.get(summary.customer()));
      expected.add(ScoredOutcome.of(Math.exp(-model.expectedTransactions(summary, 26)), outcome));
      dropped.add(ScoredOutcome.of(1 - model.probabilityAlive(summary), outcome));
    }
    print("BG/NBD 1 - P(alive)", Evaluation.of(dropped));
    return Evaluation.of(expected);
  }

  private static Outcome outcome(CustomerActivity<String> customer) {
    Instant end = TEST_CUTOFF.plus(HALF_YEAR);
    boolean bought =
        customer.purchases().stream()
            .anyMatch(p -> !p.at().isBefore(TEST_CUTOFF) && p.at().isBefore(end));
    return bought ? Outcome.LOST : Outcome.WON;
  }

  private static void print(String name, Evaluation evaluation) {
    REPORT.line(
        "%-26s AUC %.4f, Brier %.4f, log loss %.4f, top-decile lift %.2f",
        name,
        evaluation.auc(),
        evaluation.brierScore(),
        evaluation.logLoss(),
        evaluation.topDecileLift());
  }
}
