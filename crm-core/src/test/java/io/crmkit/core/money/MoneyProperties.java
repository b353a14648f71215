package io.crmkit.core.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class MoneyProperties {

  /** Currencies with 2, 0 and 3 fraction digits. */
  private static final List<Currency> CURRENCIES =
      List.of(
          Currency.getInstance("EUR"), Currency.getInstance("JPY"), Currency.getInstance("BHD"));

  private static final long LIMIT = 1_000_000_000_000L;

  private static Gen<Money> moneyIn(Currency currency) {
    return longs()
        .between(-LIMIT, LIMIT)
        .map(
            minor ->
                Money.of(BigDecimal.valueOf(minor, currency.getDefaultFractionDigits()), currency));
  }

  /** Three amounts in one currency. */
  private static Gen<List<Money>> triples() {
    return arbitrary()
        .pick(CURRENCIES)
        .flatMap(currency -> lists().of(moneyIn(currency)).ofSize(3));
  }

  /** Up to 20 amounts in one currency, which is known even when there are none. */
  private record Amounts(Currency currency, List<Money> amounts) {}

  private static Gen<Amounts> manyInOneCurrency() {
    return arbitrary()
        .pick(CURRENCIES)
        .flatMap(
            currency ->
                lists()
                    .of(moneyIn(currency))
                    .ofSizeBetween(0, 20)
                    .map(amounts -> new Amounts(currency, amounts)));
  }

  @Test
  void plusIsAssociative() {
    qt().forAll(triples())
        .checkAssert(
            m ->
                assertThat(m.get(0).plus(m.get(1)).plus(m.get(2)))
                    .isEqualTo(m.get(0).plus(m.get(1).plus(m.get(2)))));
  }

  @Test
  void plusIsCommutative() {
    qt().forAll(triples())
        .checkAssert(m -> assertThat(m.get(0).plus(m.get(1))).isEqualTo(m.get(1).plus(m.get(0))));
  }

  @Test
  void zeroIsTheIdentity() {
    qt().forAll(triples())
        .checkAssert(
            m -> {
              Money zero = Money.zero(m.get(0).currency());
              assertThat(m.get(0).plus(zero)).isEqualTo(m.get(0));
              assertThat(zero.plus(m.get(0))).isEqualTo(m.get(0));
              assertThat(m.get(0).minus(zero)).isEqualTo(m.get(0));
            });
  }

  @Test
  void minusUndoesPlus() {
    qt().forAll(triples())
        .checkAssert(
            m -> {
              assertThat(m.get(0).plus(m.get(1)).minus(m.get(1))).isEqualTo(m.get(0));
              assertThat(m.get(0).minus(m.get(0)).isZero()).isTrue();
              assertThat(m.get(0).plus(m.get(0).negate()).isZero()).isTrue();
              assertThat(m.get(0).minus(m.get(1))).isEqualTo(m.get(0).plus(m.get(1).negate()));
            });
  }

  @Test
  void sumEqualsAFoldOfPlus() {
    qt().forAll(manyInOneCurrency())
        .checkAssert(
            given -> {
              Money folded = Money.zero(given.currency());
              for (Money amount : given.amounts()) {
                folded = folded.plus(amount);
              }
              assertThat(Money.sum(given.amounts(), given.currency())).isEqualTo(folded);
            });
  }

  @Test
  void timesAWholeNumberIsRepeatedAddition() {
    qt().forAll(triples(), integers().between(0, 12))
        .checkAssert(
            (m, n) -> {
              Money repeated = Money.zero(m.get(0).currency());
              for (int i = 0; i < n; i++) {
                repeated = repeated.plus(m.get(0));
              }
              assertThat(m.get(0).times(n)).isEqualTo(repeated);
              assertThat(m.get(0).times(BigDecimal.valueOf(n))).isEqualTo(repeated);
              if (n > 0) {
                assertThat(m.get(0).times(n).dividedBy(n)).isEqualTo(m.get(0));
              }
            });
  }

  @Test
  void compareIsConsistentWithEquals() {
    qt().forAll(triples())
        .checkAssert(
            m -> {
              Money a = m.get(0);
              Money b = m.get(1).isPositive() ? a : m.get(1);
              assertThat(a.compareTo(b) == 0).isEqualTo(a.equals(b));
              assertThat(Integer.signum(a.compareTo(b))).isEqualTo(-Integer.signum(b.compareTo(a)));
              assertThat(Integer.signum(a.compareTo(b))).isEqualTo(a.minus(b).amount().signum());
            });
  }

  @Test
  void mixingCurrenciesAlwaysThrows() {
    qt().forAll(triples(), triples())
        .assuming((x, y) -> !x.get(0).currency().equals(y.get(0).currency()))
        .checkAssert(
            (x, y) -> {
              Money a = x.get(0);
              Money b = y.get(0);
              String message =
                  "currency mismatch: expected "
                      + a.currency().getCurrencyCode()
                      + " but got "
                      + b.currency().getCurrencyCode();
              assertThatThrownBy(() -> a.plus(b))
                  .isInstanceOf(CurrencyMismatchException.class)
                  .hasMessage(message);
              assertThatThrownBy(() -> a.minus(b))
                  .isInstanceOf(CurrencyMismatchException.class)
                  .hasMessage(message);
              assertThatThrownBy(() -> a.compareTo(b))
                  .isInstanceOf(CurrencyMismatchException.class)
                  .hasMessage(message);
              assertThatThrownBy(() -> Money.sum(List.of(b), a.currency()))
                  .isInstanceOf(CurrencyMismatchException.class)
                  .hasMessage(message);
            });
  }
}
