package io.crmkit.scoring.segment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class LiteralTests {

  @Test
  void normalisesANegativeScaleSoThatEqualTextsGiveEqualLiterals() {
    assertThat(Literal.of(new BigDecimal("1E+3"))).isEqualTo(Literal.of(1000));
    assertThat(Literal.of(new BigDecimal("1.50"))).isNotEqualTo(Literal.of(new BigDecimal("1.5")));
  }

  @Test
  void rejectsNumbersBeyondTheDigitsOfEveryStoredDecimal() {
    assertThatThrownBy(() -> Literal.of(new BigDecimal("1" + "0".repeat(35))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "number literal has more than 35 digits before the point: '1" + "0".repeat(35) + "'");
    assertThatThrownBy(() -> Literal.of(new BigDecimal("0." + "0".repeat(30) + "1")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("number literal has more than 30 digits after the point");
  }

  @Test
  void rejectsOverlongTexts() {
    assertThat(Literal.of("x".repeat(1000))).isInstanceOf(Literal.TextLiteral.class);
    assertThatThrownBy(() -> Literal.of("x".repeat(1001)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("text literal longer than 1000 characters: '" + "x".repeat(40) + "...'");
  }

  @Test
  void rejectsDatesAndInstantsOutsideTheYearsSqlShares() {
    assertThatThrownBy(() -> Literal.of(LocalDate.of(10000, 1, 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("date literal outside the years 1 to 9999: +10000-01-01");
    assertThatThrownBy(() -> Literal.of(Instant.parse("0000-12-31T23:59:59Z")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("instant literal outside the years 1 to 9999: 0000-12-31T23:59:59Z");
    assertThat(Literal.of(Instant.parse("9999-12-31T23:59:59.999999999Z")))
        .isInstanceOf(Literal.InstantLiteral.class);
  }

  @Test
  void rejectsNulls() {
    assertThatThrownBy(() -> Literal.of((String) null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("text literal");
    assertThatThrownBy(() -> Literal.of((LocalDate) null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("date literal");
  }
}
