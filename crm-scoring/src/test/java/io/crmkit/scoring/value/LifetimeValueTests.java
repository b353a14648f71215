package io.crmkit.scoring.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.crmkit.core.ValidationException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The models' closed forms against values computed independently (SciPy's {@code hyp2f1} for the
 * BG/NBD expectation) at the published CDNOW parameters.
 */
class LifetimeValueTests {

  private static final BgNbdModel CDNOW = BgNbdModel.of(0.2426, 4.4135, 0.7929, 2.4258);
  private static final GammaGammaModel CDNOW_SPEND = GammaGammaModel.of(6.25, 3.74, 15.45);

  @Test
  void givesTheProbabilityAliveOfTheBgNbdPaper() {
    assertThat(CDNOW.probabilityAlive(CustomerSummary.of(1, 2, 30.43, 38.86)))
        .isCloseTo(0.7266079973001563, within(1e-12));
    assertThat(CDNOW.probabilityAlive(CustomerSummary.of(2, 1, 1.71, 38.86)))
        .isCloseTo(0.21222445924803887, within(1e-12));
    assertThat(CDNOW.probabilityAlive(CustomerSummary.of(3, 0, 0, 38.86))).isEqualTo(1);
  }

  @Test
  void givesTheConditionalExpectationOfTheBgNbdPaper() {
    assertThat(CDNOW.expectedTransactions(CustomerSummary.of(1, 2, 30.43, 38.86), 39))
        .isCloseTo(1.225911199899222, within(1e-9));
    assertThat(CDNOW.expectedTransactions(CustomerSummary.of(2, 0, 0, 38.86), 39))
        .isCloseTo(0.19478655038715112, within(1e-9));
    assertThat(CDNOW.expectedTransactions(CustomerSummary.of(3, 7, 29.43, 38.86), 52))
        .isCloseTo(4.199091350860541, within(1e-9));
    assertThat(CDNOW.expectedTransactions(CustomerSummary.of(4, 10, 34.14, 38.86), 10))
        .isCloseTo(1.7951579098207338, within(1e-9));
    assertThat(CDNOW.expectedTransactions(CustomerSummary.of(5, 1, 1.71, 38.86), 100))
        .isCloseTo(0.43958217022385765, within(1e-9));
    assertThat(CDNOW.expectedTransactions(CustomerSummary.of(6, 1, 1.71, 38.86), 0)).isZero();
  }

  @Test
  void shrinksASpendTowardsThePopulationMeanTheFewerPurchasesBackIt() {
    CustomerSummary<String> twice = CustomerSummary.of("ana", 2, 30.43, 38.86, 22.35);
    CustomerSummary<String> often = CustomerSummary.of("bo", 20, 38, 38.86, 22.35);

    // p (v + x m) / (p x + q - 1)
    assertThat(CDNOW_SPEND.expectedSpend(twice))
        .isCloseTo(6.25 * (15.45 + 2 * 22.35) / (6.25 * 2 + 3.74 - 1), within(1e-12));
    assertThat(CDNOW_SPEND.populationMeanSpend()).isCloseTo(6.25 * 15.45 / 2.74, within(1e-12));
    assertThat(CDNOW_SPEND.expectedSpend(CustomerSummary.of("cy", 0, 0, 38.86)))
        .isEqualTo(CDNOW_SPEND.populationMeanSpend());
    assertThat(Math.abs(CDNOW_SPEND.expectedSpend(often) - 22.35))
        .isLessThan(Math.abs(CDNOW_SPEND.expectedSpend(twice) - 22.35));
  }

  @Test
  void discountsEachPeriodsExpectedPurchases() {
    LifetimeValue value = LifetimeValue.of(CDNOW, CDNOW_SPEND);
    CustomerSummary<String> ana = CustomerSummary.of("ana", 2, 30.43, 38.86, 22.35);
    ValueHorizon year = ValueHorizon.of(12, 52.0 / 12, 0.01);

    CustomerValue<String> estimate = value.estimate(ana, year);

    double discounted = 0;
    for (int month = 1; month <= 12; month++) {
      double inMonth =
          CDNOW.expectedTransactions(ana, month * year.periodLength())
              - CDNOW.expectedTransactions(ana, (month - 1) * year.periodLength());
      discounted += inMonth / Math.pow(1.01, month);
    }
    assertThat(estimate.expectedTransactions())
        .isCloseTo(CDNOW.expectedTransactions(ana, 52), within(1e-12));
    assertThat(estimate.discountedTransactions()).isCloseTo(discounted, within(1e-12));
    assertThat(estimate.expectedSpend()).isEqualTo(CDNOW_SPEND.expectedSpend(ana));
    assertThat(estimate.value())
        .isCloseTo(discounted * CDNOW_SPEND.expectedSpend(ana), within(1e-9));
    assertThat(estimate.probabilityAlive()).isEqualTo(CDNOW.probabilityAlive(ana));
  }

  @Test
  void ranksCustomersByValue() {
    LifetimeValue value = LifetimeValue.of(CDNOW, CDNOW_SPEND);
    List<CustomerSummary<String>> customers =
        List.of(
            CustomerSummary.of("gone", 3, 2, 38.86, 30),
            CustomerSummary.of("loyal", 12, 38, 38.86, 30),
            CustomerSummary.of("once", 0, 0, 38.86));

    assertThat(value.estimateAll(customers, ValueHorizon.of(12, 4.345, 0.01)))
        .extracting(CustomerValue::customer)
        .containsExactly("loyal", "once", "gone");
  }

  @Test
  void refusesToFitSpendOnRepeatBuyersWithoutAmounts() {
    List<CustomerSummary<String>> customers =
        List.of(
            CustomerSummary.of("ana", 2, 30.43, 38.86),
            CustomerSummary.of("bo", 1, 3, 38.86, 12),
            CustomerSummary.of("cy", 4, 20, 38.86));

    assertThatThrownBy(() -> GammaGammaModel.fit(customers))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("customers[0].meanRepeatSpend")
        .hasMessageContaining("customers[2].meanRepeatSpend")
        .hasMessageNotContaining("customers[1]");
  }

  @Test
  void refusesToFitWithoutRepeatBuyers() {
    List<CustomerSummary<String>> once =
        List.of(CustomerSummary.of("ana", 0, 0, 10), CustomerSummary.of("bo", 0, 0, 20));

    assertThatThrownBy(() -> BgNbdModel.fit(once))
        .isInstanceOfSatisfying(
            ModelFitException.class, e -> assertThat(e.customers()).isEqualTo(2))
        .hasMessageContaining("no customer made a repeat purchase");
    assertThatThrownBy(() -> GammaGammaModel.fit(once))
        .isInstanceOf(ModelFitException.class)
        .hasMessageContaining("Gamma-Gamma");
    assertThatThrownBy(() -> BgNbdModel.fit(List.of()))
        .isInstanceOf(ModelFitException.class)
        .hasMessageContaining("0 customers");
  }

  @Test
  void refusesParametersOutsideTheirDomain() {
    assertThatThrownBy(() -> BgNbdModel.of(0.2, -1, 0.8, 2.4))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("alpha must be positive and finite: -1.0");
    assertThatThrownBy(() -> GammaGammaModel.of(6, 3, Double.NaN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("parameter v");
    assertThatThrownBy(() -> GammaGammaModel.of(6, 0.9, 15).populationMeanSpend())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("no finite mean spend");
    assertThatThrownBy(() -> ValueHorizon.of(12, 4.345, 1.5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("discount rate per period must be in [0, 1): 1.5");
  }
}
