package io.crmkit.core.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

class MoneyTests {

  private static final Currency EUR = Currency.getInstance("EUR");
  private static final Currency USD = Currency.getInstance("USD");
  private static final Currency JPY = Currency.getInstance("JPY");

  @Test
  void holdsTheAmountAtTheCurrencysFractionDigits() {
    assertThat(Money.of("12.5", "EUR").amount()).isEqualTo(new BigDecimal("12.50"));
    assertThat(Money.of("1250", "JPY").amount()).isEqualTo(new BigDecimal("1250"));
    assertThat(Money.of("1E+3", "USD").amount()).isEqualTo(new BigDecimal("1000.00"));
    assertThat(Money.of(new BigDecimal("12.500"), EUR)).isEqualTo(Money.of("12.5", "EUR"));
    assertThat(Money.of("12.5", "EUR")).hasToString("12.50 EUR");
  }

  @Test
  void rejectsMoreFractionDigitsThanTheCurrencyAllows() {
    assertThatThrownBy(() -> Money.of("12.505", "EUR"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("amount in EUR has more than 2 digits after the point: '12.505'");
    assertThatThrownBy(() -> Money.of(new BigDecimal("1.5"), JPY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("amount in JPY has more than 0 digits after the point: '1.5'");
  }

  @Test
  void rejectsAmountsOfMoreThan34DigitsBeforeThePoint() {
    assertThatThrownBy(() -> Money.of("1E+999999999", "EUR"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("amount in EUR has more than 34 digits before the point: '1E+999999999'");
    assertThat(Money.of("9".repeat(34), "EUR").amount().precision()).isEqualTo(36);
  }

  @Test
  void rejectsNull() {
    assertThatThrownBy(() -> Money.of((BigDecimal) null, EUR))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("amount");
    assertThatThrownBy(() -> Money.of(BigDecimal.ONE, (Currency) null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("currency");
    assertThatThrownBy(() -> Money.of(BigDecimal.ONE, (String) null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("currency code");
    assertThatThrownBy(() -> Money.of("1", null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("currency code");
  }

  @Test
  void rejectsABlankAmount() {
    assertThatThrownBy(() -> Money.of(" ", "EUR"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("amount in EUR must not be blank: ' '");
  }

  @Test
  void rejectsAnOverlongAmountTextUnreadShowingItsStart() {
    String amount = "0".repeat(101);

    assertThatThrownBy(() -> Money.of(amount, "EUR"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("amount in EUR is longer than 100 characters: '" + "0".repeat(63) + "…'");
  }

  @Test
  void rejectsAnAmountThatIsNotANumber() {
    assertThatThrownBy(() -> Money.of("12,50", "EUR"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("amount in EUR is not a decimal number: '12,50'");
    // BigDecimal reads any script's digits; an amount is written with ASCII digits only
    assertThatThrownBy(() -> Money.of("\u0661\u0662", "EUR"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("amount in EUR is not a decimal number: '\u0661\u0662'");
    assertThat(Money.of(" +1.5e1 ", "EUR")).isEqualTo(Money.of("15", "EUR"));
  }

  @Test
  void rejectsAnUnknownCurrencyCode() {
    assertThatThrownBy(() -> Money.of("1", "EURO"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unknown ISO 4217 currency code: 'EURO'");
  }

  @Test
  void rejectsACurrencyWithoutAMinorUnit() {
    assertThatThrownBy(() -> Money.of("1", "XAU"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("currency XAU has no minor unit, so it cannot hold money");
  }

  @Test
  void addsAndSubtracts() {
    Money a = Money.of("10.25", "EUR");
    Money b = Money.of("0.80", "EUR");

    assertThat(a.plus(b)).isEqualTo(Money.of("11.05", "EUR"));
    assertThat(b.minus(a)).isEqualTo(Money.of("-9.45", "EUR"));
    assertThat(a.negate()).isEqualTo(Money.of("-10.25", "EUR"));
  }

  @Test
  void multipliesAndDividesRoundingHalfToEven() {
    Money price = Money.of("10.00", "EUR");

    assertThat(price.times(new BigDecimal("0.125"))).isEqualTo(Money.of("1.25", "EUR"));
    assertThat(Money.of("0.25", "EUR").times(new BigDecimal("0.1")))
        .isEqualTo(Money.of("0.02", "EUR"));
    assertThat(Money.of("0.35", "EUR").times(new BigDecimal("0.1")))
        .isEqualTo(Money.of("0.04", "EUR"));
    assertThat(price.times(3)).isEqualTo(Money.of("30.00", "EUR"));
    assertThat(price.dividedBy(3)).isEqualTo(Money.of("3.33", "EUR"));
    assertThat(Money.of("5", "JPY").dividedBy(2)).isEqualTo(Money.of("2", "JPY"));
    assertThat(Money.of("7", "JPY").dividedBy(2)).isEqualTo(Money.of("4", "JPY"));
  }

  @Test
  void rejectsDivisionByZero() {
    assertThatThrownBy(() -> Money.of("1", "EUR").dividedBy(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("cannot divide 1.00 EUR by zero");
  }

  @Test
  void tellsTheSign() {
    assertThat(Money.zero(EUR).isZero()).isTrue();
    assertThat(Money.zero(EUR).isPositive()).isFalse();
    assertThat(Money.zero(EUR).isNegative()).isFalse();
    assertThat(Money.of("-0.01", "EUR").isNegative()).isTrue();
    assertThat(Money.of("0.01", "EUR").isPositive()).isTrue();
  }

  @Test
  void sumsInTheGivenCurrency() {
    assertThat(Money.sum(List.of(), USD)).isEqualTo(Money.zero(USD));
    assertThat(Money.sum(List.of(Money.of("1.10", "USD"), Money.of("2.20", "USD")), USD))
        .isEqualTo(Money.of("3.30", "USD"));
  }

  @Test
  void refusesToMixCurrencies() {
    Money euros = Money.of("1", "EUR");
    Money dollars = Money.of("1", "USD");

    assertThatThrownBy(() -> euros.plus(dollars))
        .isInstanceOf(CurrencyMismatchException.class)
        .hasMessage("currency mismatch: expected EUR but got USD");
    assertThatThrownBy(() -> dollars.minus(euros))
        .isInstanceOf(CurrencyMismatchException.class)
        .hasMessage("currency mismatch: expected USD but got EUR");
    assertThatThrownBy(() -> euros.compareTo(dollars))
        .isInstanceOf(CurrencyMismatchException.class)
        .hasMessage("currency mismatch: expected EUR but got USD");
    assertThatThrownBy(() -> Money.sum(List.of(euros), USD))
        .isInstanceOf(CurrencyMismatchException.class)
        .hasMessage("currency mismatch: expected USD but got EUR");
  }

  @Test
  void currencyMismatchNamesBothCurrencies() {
    CurrencyMismatchException e = new CurrencyMismatchException(EUR, JPY);

    assertThat(e.expected()).isEqualTo(EUR);
    assertThat(e.actual()).isEqualTo(JPY);
    assertThat(e).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void comparesByAmount() {
    assertThat(Money.of("1.99", "EUR")).isLessThan(Money.of("2", "EUR"));
    assertThat(Money.of("2", "EUR").compareTo(Money.of("2.00", "EUR"))).isZero();
  }

  @Test
  void refusesAnAmountWithAHugeNegativeExponentInAShortMessage() {
    // 1E-999999999 exhausted a 1 GB heap: the message wrote the amount out in full first
    assertThatThrownBy(() -> Money.of("1E-999999999", "EUR"))
        .isInstanceOf(IllegalArgumentException.class)
        .satisfies(refusal -> assertThat(refusal.getMessage()).hasSizeLessThan(200));
    // and 1E-99999999 gave a message of 100 million characters
    assertThatThrownBy(() -> Money.of("1E-99999999", "EUR"))
        .isInstanceOf(IllegalArgumentException.class)
        .satisfies(refusal -> assertThat(refusal.getMessage()).hasSizeLessThan(200));
    assertThatThrownBy(() -> Money.of(new BigDecimal("1E-999999999"), EUR))
        .isInstanceOf(IllegalArgumentException.class)
        .satisfies(refusal -> assertThat(refusal.getMessage()).hasSizeLessThan(200));
  }

  @Test
  void refusesAScaleWhoseDigitCountOverflowsAnInt() {
    // precision() - scale() overflowed: the amount passed the digit check, then setScale threw
    BigDecimal extreme = new BigDecimal(BigInteger.ONE, Integer.MIN_VALUE + 1);

    assertThatThrownBy(() -> Money.of(extreme, EUR))
        .isInstanceOf(IllegalArgumentException.class)
        .satisfies(refusal -> assertThat(refusal.getMessage()).hasSizeLessThan(200));
    assertThatThrownBy(() -> Money.of(new BigDecimal(BigInteger.TEN, Integer.MIN_VALUE), EUR))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void refusesAnAmountThatADecimal38By4ColumnCannotHold() {
    // 36 digits before the point at 2 fraction digits made 38 digits, but the adapter's
    // numeric(38, 4) column holds 34 before the point: PostgreSQL refused the write
    assertThatThrownBy(() -> Money.of("9".repeat(35), "EUR"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Money.of("9".repeat(35), "JPY"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(Money.of("9".repeat(34) + ".99", "EUR").amount().precision()).isEqualTo(36);
  }
}
