package io.crmkit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;

import io.crmkit.core.customfield.CustomFieldDefinition;
import io.crmkit.core.customfield.CustomFieldValue;
import io.crmkit.core.deal.DealDetails;
import io.crmkit.core.fixtures.FuzzReport;
import io.crmkit.core.fixtures.HostileNumbers;
import io.crmkit.core.importing.ImportOptions;
import io.crmkit.core.importing.ImportReport;
import io.crmkit.core.importing.ImportRow;
import io.crmkit.core.money.Money;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Every way a number enters crm-core, fed any text and any decimal: each gives a value within the
 * bounds of its kind or the library's own refusal with a short message, never another exception.
 */
class NumberEntryPointsProperties {

  private static final FuzzReport REPORT = FuzzReport.of(NumberEntryPointsProperties.class);

  private static final int EXAMPLES = 300;

  /** Currencies with 2, 0, 3 and 4 digits in their minor unit. */
  private static final List<String> CURRENCIES = List.of("EUR", "JPY", "BHD", "CLF");

  private static final CustomFieldDefinition SIZE =
      CustomFieldDefinition.decimal(RecordType.CONTACT, "size", "Size");
  private static final CustomFieldDefinition SEATS =
      CustomFieldDefinition.number(RecordType.CONTACT, "seats", "Seats");

  @AfterAll
  static void writeReport() {
    REPORT.write();
  }

  @Test
  void moneyFromText() {
    FuzzReport report = REPORT.part();
    qt().withExamples(EXAMPLES)
        .forAll(HostileNumbers.texts(), arbitrary().pick(CURRENCIES))
        .checkAssert(
            (text, currency) ->
                report.attempt(text, () -> withinMoneyBounds(Money.of(text, currency))));
    report.assertNoFailures();
  }

  @Test
  void moneyFromDecimal() {
    FuzzReport report = REPORT.part();
    qt().withExamples(EXAMPLES)
        .forAll(HostileNumbers.decimals(), arbitrary().pick(CURRENCIES))
        .checkAssert(
            (value, currency) ->
                report.attempt(
                    value,
                    () -> withinMoneyBounds(Money.of(value, Currency.getInstance(currency)))));
    report.assertNoFailures();
  }

  @Test
  void dealAmounts() {
    FuzzReport report = REPORT.part();
    qt().withExamples(EXAMPLES)
        .forAll(HostileNumbers.texts(), HostileNumbers.decimals())
        .checkAssert(
            (text, value) -> {
              report.attempt(
                  text, () -> DealDetails.builder().name("Renewal").amount(text, "EUR").build());
              report.attempt(
                  value, () -> DealDetails.builder().name("Renewal").amount(value, "EUR").build());
            });
    report.assertNoFailures();
  }

  @Test
  void customDecimalsAndNumbers() {
    FuzzReport report = REPORT.part();
    qt().withExamples(EXAMPLES)
        .forAll(HostileNumbers.texts(), HostileNumbers.decimals())
        .checkAssert(
            (text, value) -> {
              report.attempt(text, () -> withinDecimalBounds(CustomFieldValue.parse(SIZE, text)));
              report.attempt(text, () -> CustomFieldValue.parse(SEATS, text));
              report.attempt(value, () -> withinDecimalBounds(CustomFieldValue.Decimal.of(value)));
            });
    report.assertNoFailures();
  }

  @Test
  void importCells() {
    FuzzReport report = REPORT.part();
    Crm crm = Crm.inMemory();
    crm.customFields().define(SIZE);
    crm.customFields().define(SEATS);
    qt().withExamples(EXAMPLES / 3)
        .forAll(HostileNumbers.texts(), HostileNumbers.texts())
        .checkAssert(
            (size, seats) ->
                report.attempt(
                    size + " / " + seats,
                    () -> {
                      ImportRow row =
                          ImportRow.of(
                              2,
                              Map.of(
                                  "given_name", "Ana", "custom.size", size, "custom.seats", seats));
                      ImportReport imported =
                          crm.importer().contacts(List.of(row), ImportOptions.validRows());
                      // a row lists all its errors; each one is short
                      imported.rejected().stream()
                          .flatMap(rejected -> rejected.errors().stream())
                          .forEach(
                              error ->
                                  assertThat(error.toString())
                                      .hasSizeLessThan(FuzzReport.MAX_MESSAGE));
                      return imported;
                    }));
    report.assertNoFailures();
  }

  private static Money withinMoneyBounds(Money money) {
    BigDecimal amount = money.amount();
    assertThat(amount.precision() - amount.scale()).isLessThanOrEqualTo(Money.MAX_INTEGER_DIGITS);
    assertThat(amount.scale()).isEqualTo(money.currency().getDefaultFractionDigits());
    return money;
  }

  private static CustomFieldValue withinDecimalBounds(CustomFieldValue value) {
    BigDecimal decimal = ((CustomFieldValue.Decimal) value).value();
    assertThat(decimal.precision() - decimal.scale())
        .isLessThanOrEqualTo(CustomFieldValue.Decimal.MAX_INTEGER_DIGITS);
    assertThat(decimal.scale()).isBetween(0, CustomFieldValue.Decimal.MAX_FRACTION_DIGITS);
    return value;
  }
}
