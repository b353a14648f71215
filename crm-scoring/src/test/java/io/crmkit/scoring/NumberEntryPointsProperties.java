package io.crmkit.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.crmkit.core.UserId;
import io.crmkit.core.fixtures.FuzzReport;
import io.crmkit.core.fixtures.HostileNumbers;
import io.crmkit.core.money.Money;
import io.crmkit.scoring.forecast.ExchangeRates;
import io.crmkit.scoring.forecast.Quota;
import io.crmkit.scoring.forecast.SalesPeriod;
import io.crmkit.scoring.rules.RuleCondition;
import io.crmkit.scoring.rules.ScoringModelJson;
import io.crmkit.scoring.segment.FieldType;
import io.crmkit.scoring.segment.Literal;
import io.crmkit.scoring.segment.SegmentParser;
import io.crmkit.scoring.segment.SegmentSchema;
import java.math.BigDecimal;
import java.util.Currency;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Every way a number enters crm-scoring, fed any text and any decimal: segment literals, the ranges
 * of scoring model documents and conditions, exchange rates and quotas each give a value or the
 * library's own refusal with a short message, never another exception.
 */
class NumberEntryPointsProperties {

  private static final FuzzReport REPORT = FuzzReport.of(NumberEntryPointsProperties.class);

  private static final int EXAMPLES = 300;

  private static final SegmentSchema SCHEMA =
      SegmentSchema.builder()
          .field("orderValue", FieldType.DECIMAL)
          .field("orderCount", FieldType.NUMBER)
          .build();

  private static final Currency EUR = Currency.getInstance("EUR");
  private static final Currency USD = Currency.getInstance("USD");

  @AfterAll
  static void writeReport() {
    REPORT.write();
  }

  @Test
  void segmentLiterals() {
    FuzzReport report = REPORT.part();
    qt().withExamples(EXAMPLES)
        .forAll(HostileNumbers.texts(), HostileNumbers.decimals())
        .checkAssert(
            (text, value) -> {
              report.attempt(text, () -> SegmentParser.parse("orderValue > " + text, SCHEMA));
              report.attempt(text, () -> SegmentParser.parse("orderCount = " + text, SCHEMA));
              report.attempt(value, () -> Literal.of(value));
            });
    report.assertNoFailures();
  }

  @Test
  void scoringModelRanges() {
    FuzzReport report = REPORT.part();
    qt().withExamples(EXAMPLES)
        .forAll(HostileNumbers.texts(), HostileNumbers.decimals())
        .checkAssert(
            (text, value) -> {
              report.attempt(
                  text,
                  () ->
                      ScoringModelJson.read(
                          "{\"name\": \"m\", \"rules\": [{\"name\": \"seats\", \"kind\":"
                              + " \"customFieldBetween\", \"field\": \"seats\", \"min\": 0,"
                              + " \"max\": "
                              + text
                              + ", \"points\": 5}]}"));
              report.attempt(
                  value,
                  () -> new RuleCondition.CustomFieldBetween("seats", value.negate(), value.abs()));
            });
    report.assertNoFailures();
  }

  @Test
  void exchangeRates() {
    FuzzReport report = REPORT.part();
    qt().withExamples(EXAMPLES)
        .forAll(HostileNumbers.decimals(), HostileNumbers.decimals())
        .checkAssert(
            (rate, amount) ->
                report.attempt(
                    rate + " x " + amount,
                    () -> {
                      ExchangeRates rates = ExchangeRates.none(EUR).with(USD, rate);
                      Money converted = rates.convert(Money.of(amount, USD));
                      assertThat(converted.currency()).isEqualTo(EUR);
                      return converted;
                    }));
    report.assertNoFailures();
  }

  @Test
  void quotas() {
    FuzzReport report = REPORT.part();
    qt().withExamples(EXAMPLES)
        .forAll(HostileNumbers.texts(), HostileNumbers.decimals())
        .checkAssert(
            (text, value) -> {
              SalesPeriod march = SalesPeriod.month(2026, 3);
              report.attempt(text, () -> Quota.of(UserId.of("ana"), march, Money.of(text, "EUR")));
              report.attempt(value, () -> Quota.of(UserId.of("ana"), march, Money.of(value, EUR)));
            });
    report.assertNoFailures();
  }

  @Test
  void aValueWithinBoundsIsKeptExactly() {
    BigDecimal widest = new BigDecimal("9".repeat(35) + "." + "9".repeat(30));

    assertThat(new RuleCondition.CustomFieldBetween("seats", widest.negate(), widest).max())
        .isEqualTo(widest);
    assertThat(ExchangeRates.none(EUR).with(USD, new BigDecimal("0.9200")).rate(USD))
        .contains(new BigDecimal("0.92"));
  }
}
