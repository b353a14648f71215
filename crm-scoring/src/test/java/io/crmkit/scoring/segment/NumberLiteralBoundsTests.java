package io.crmkit.scoring.segment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

/** Number literals built in code are bounded before their scale is touched. */
class NumberLiteralBoundsTests {

  @Test
  void refusesAHugePositiveExponentBeforeRescaling() {
    // setScale(0) ran before the digit check and multiplied out 10^999999999
    assertThatThrownBy(() -> Literal.of(new BigDecimal("1E+999999999")))
        .isInstanceOf(IllegalArgumentException.class)
        .satisfies(refusal -> assertThat(refusal.getMessage()).hasSizeLessThan(200));
  }

  @Test
  void refusesAScaleWhoseDigitCountOverflowsAnInt() {
    assertThatThrownBy(() -> Literal.of(new BigDecimal(BigInteger.ONE, Integer.MIN_VALUE)))
        .isInstanceOf(IllegalArgumentException.class)
        .satisfies(refusal -> assertThat(refusal.getMessage()).hasSizeLessThan(200));
  }
}
