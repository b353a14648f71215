package io.crmkit.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import java.math.BigDecimal;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

class QuotedTests {

  @Test
  void quotesShortPlainValuesAsTheyAre() {
    assertThat(Quoted.of("Ana Lima")).isEqualTo("'Ana Lima'");
    assertThat(Quoted.of("山田 🙂")).isEqualTo("'山田 🙂'");
    assertThat(Quoted.of(12)).isEqualTo("'12'");
    assertThat(Quoted.of(null)).isEqualTo("null");
  }

  @Test
  void cutsALongValueToItsStart() {
    assertThat(Quoted.of("x".repeat(100_000))).isEqualTo("'" + "x".repeat(63) + "\u2026'");
    assertThat(Quoted.shown("x".repeat(64))).isEqualTo("x".repeat(64));
  }

  @Test
  void escapesControlsFormatCharactersAndLoneSurrogates() {
    assertThat(Quoted.of("a\u0000b\u202Ec\uD800d\n"))
        .isEqualTo("'a\\u0000b\\u202Ec\\uD800d\\u000A'");
    // a pair is one character, kept; its halves apart are escaped
    assertThat(Quoted.shown("\uD83D\uDE42\uDE42")).isEqualTo("\uD83D\uDE42\\uDE42");
  }

  @Test
  void describesADecimalOfHundredsOfDigitsInsteadOfWritingItOut() {
    assertThat(Quoted.of(new BigDecimal(BigInteger.TEN.pow(1_000))))
        .isEqualTo("'a number of about 1000 digits'");
    assertThat(Quoted.of(new BigDecimal("1E-999999999"))).isEqualTo("'1E-999999999'");
  }

  @Test
  void showsAnyTextShortWellFormedAndTheSameWhenShownAgain() {
    qt().forAll(strings().allPossible().ofLengthBetween(0, 300))
        .checkAssert(
            text -> {
              String shown = Quoted.shown(text);
              assertThat(shown.length()).isLessThanOrEqualTo(Quoted.MAX_LENGTH);
              assertThat(shown.codePoints().map(Character::getType))
                  .doesNotContain((int) Character.SURROGATE);
              assertThat(Quoted.shown(shown)).isEqualTo(shown);
            });
  }
}
