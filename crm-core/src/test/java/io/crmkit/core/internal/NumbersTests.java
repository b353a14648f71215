package io.crmkit.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

class NumbersTests {

  private static final Numbers.Bounds TWO_AND_TWO = new Numbers.Bounds(2, 2);

  @Test
  void givesADecimalWithoutTrailingZerosAndANegativeScale() {
    assertThat(Numbers.decimal("n", new BigDecimal("1.50"), TWO_AND_TWO)).hasToString("1.5");
    assertThat(Numbers.decimal("n", new BigDecimal("1E+1"), TWO_AND_TWO)).hasToString("10");
    assertThat(Numbers.decimal("n", new BigDecimal("0E-999999999"), TWO_AND_TWO))
        .isSameAs(BigDecimal.ZERO);
    assertThat(Numbers.decimal("n", new BigDecimal("-99.99"), TWO_AND_TWO)).hasToString("-99.99");
  }

  @Test
  void countsDigitsOnEitherSideOfThePoint() {
    assertThatThrownBy(() -> Numbers.decimal("n", new BigDecimal("100"), TWO_AND_TWO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("n has more than 2 digits before the point: '100'");
    assertThatThrownBy(() -> Numbers.decimal("n", new BigDecimal("0.001"), TWO_AND_TWO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("n has more than 2 digits after the point: '0.001'");
    // trailing zeros do not count
    assertThat(Numbers.decimal("n", new BigDecimal("0.0100000"), TWO_AND_TWO)).hasToString("0.01");
  }

  @Test
  void measuresExtremeScalesWithoutOverflowOrArithmetic() {
    assertThatThrownBy(
            () ->
                Numbers.decimal(
                    "n", new BigDecimal(BigInteger.ONE, Integer.MIN_VALUE), TWO_AND_TWO))
        .hasMessage("n has more than 2 digits before the point: '1E+2147483648'");
    assertThatThrownBy(
            () ->
                Numbers.decimal(
                    "n", new BigDecimal(BigInteger.TEN, Integer.MAX_VALUE), TWO_AND_TWO))
        .hasMessage("n has more than 2 digits after the point: '1.0E-2147483646'");
  }

  @Test
  void refusesMoreThanAHundredWrittenDigitsWithoutWritingThemOut() {
    BigDecimal huge = new BigDecimal(BigInteger.TEN.pow(200_000), 200_000);

    assertThatThrownBy(() -> Numbers.decimal("n", huge, Numbers.DECIMAL))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("n has more than 100 digits: 'a number of about 200000 digits'");
  }

  @Test
  void readsTextWithAsciiDigitsSignPointAndExponent() {
    assertThat(Numbers.parseDecimal("n", " -1.5e1 ", Numbers.DECIMAL)).hasToString("-15");
    assertThat(Numbers.parseDecimal("n", ".5", Numbers.DECIMAL)).hasToString("0.5");
    assertThat(Numbers.parseDecimal("n", "+5.", Numbers.DECIMAL)).hasToString("5");
    for (String bad : new String[] {"1,5", "1e", ".", "-", "1.2.3", "\u0661", "0x10", "1e+-2"}) {
      assertThatThrownBy(() -> Numbers.parseDecimal("n", bad, Numbers.DECIMAL))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("n is not a decimal number");
    }
    assertThatThrownBy(() -> Numbers.parseDecimal("n", "1e99999999999", Numbers.DECIMAL))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("n is not a decimal number within range: '1e99999999999'");
  }

  @Test
  void refusesTextLongerThanAHundredCharactersUnread() {
    String hostile = "1." + "0".repeat(200_000);

    assertThatThrownBy(() -> Numbers.parseDecimal("n", hostile, Numbers.DECIMAL))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("n is longer than 100 characters: '1." + "0".repeat(61) + "\u2026'");
    assertThatThrownBy(() -> Numbers.parseWhole("n", " "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("n must not be blank: ' '");
  }

  @Test
  void readsWholeNumbersOfTheLongRange() {
    assertThat(Numbers.parseWhole("n", " -9223372036854775808 ")).isEqualTo(Long.MIN_VALUE);
    assertThat(Numbers.parseWhole("n", "+007")).isEqualTo(7);
    for (String bad : new String[] {"9223372036854775808", "1.0", "1e3", "\uff11", "--1"}) {
      assertThatThrownBy(() -> Numbers.parseWhole("n", bad))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              "n is not a whole number from -9223372036854775808 to 9223372036854775807: "
                  + Quoted.of(bad));
    }
  }
}
