package io.crmkit.scoring.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.assertj.core.data.Percentage;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class ValueModelProperties {

  private static final Gen<BgNbdModel> MODELS =
      doubles()
          .between(0.05, 5)
          .zip(
              doubles().between(0.5, 50),
              doubles().between(0.1, 5),
              doubles().between(0.1, 10),
              BgNbdModel::of);

  /** Frequency, age and two recencies as fractions of the age. */
  private static final Gen<double[]> HISTORIES =
      integers()
          .between(1, 60)
          .zip(
              doubles().between(0.5, 200),
              doubles().between(0.001, 1),
              doubles().between(0.001, 1),
              (x, age, first, second) ->
                  new double[] {x, age, Math.min(first, second), Math.max(first, second)});

  @Test
  void probabilityAliveIsAProbabilityThatRisesWithRecency() {
    qt().forAll(MODELS, HISTORIES)
        .checkAssert(
            (model, history) -> {
              int x = (int) history[0];
              double age = history[1];
              double earlier =
                  model.probabilityAlive(CustomerSummary.of(1, x, history[2] * age, age));
              double later =
                  model.probabilityAlive(CustomerSummary.of(1, x, history[3] * age, age));
              assertThat(earlier).isBetween(0.0, 1.0);
              assertThat(later).isBetween(0.0, 1.0);
              assertThat(later).isGreaterThanOrEqualTo(earlier);
            });
  }

  @Test
  void expectedPurchasesGrowWithTheHorizonAndStayBelowTheActiveRate() {
    qt().forAll(MODELS.assuming(model -> Math.abs(model.a() - 1) > 1e-3), HISTORIES)
        .checkAssert(
            (model, history) -> {
              int x = (int) history[0];
              double age = history[1];
              CustomerSummary<Integer> customer = CustomerSummary.of(1, x, history[3] * age, age);
              double shorter = model.expectedTransactions(customer, 10);
              double longer = model.expectedTransactions(customer, 30);
              assertThat(shorter).isGreaterThanOrEqualTo(0);
              assertThat(longer).isGreaterThanOrEqualTo(shorter * (1 - 1e-9));
            });
  }

  @Test
  void fitsRecoverTheParametersOfSimulatedCustomers() {
    BgNbdModel truth = BgNbdModel.of(0.25, 4.0, 0.8, 2.5);
    GammaGammaModel spendTruth = GammaGammaModel.of(6.0, 3.8, 15.0);
    PurchaseSimulation simulation = PurchaseSimulation.of(truth, spendTruth, Duration.ofDays(7));
    LocalDate first = LocalDate.of(1997, 1, 1);
    qt().withExamples(3)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              List<CustomerSummary<String>> customers =
                  CustomerSummaries.of(
                      simulation.simulate(20_000, first, 84, first.plusDays(272), seed),
                      first.plusDays(272),
                      ZoneOffset.UTC,
                      Duration.ofDays(7));
              BgNbdModel fitted = BgNbdModel.fit(customers);
              GammaGammaModel spend = GammaGammaModel.fit(customers);
              assertThat(fitted.r()).isCloseTo(truth.r(), Percentage.withPercentage(15));
              assertThat(fitted.alpha()).isCloseTo(truth.alpha(), Percentage.withPercentage(20));
              assertThat(fitted.a()).isCloseTo(truth.a(), Percentage.withPercentage(35));
              assertThat(fitted.b()).isCloseTo(truth.b(), Percentage.withPercentage(35));
              assertThat(spend.p()).isCloseTo(spendTruth.p(), Percentage.withPercentage(20));
              assertThat(spend.q()).isCloseTo(spendTruth.q(), Percentage.withPercentage(20));
              assertThat(spend.v()).isCloseTo(spendTruth.v(), Percentage.withPercentage(25));
            });
  }
}
