package io.crmkit.interchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class EscapingProperties {

  private static final String STARTS = "=+-@\t\r'a \"";

  private static Gen<String> cells() {
    return integers()
        .between(0, STARTS.length())
        .zip(
            strings().allPossible().ofLengthBetween(0, 20),
            (start, rest) -> start == STARTS.length() ? rest : STARTS.charAt(start) + rest);
  }

  @Test
  void everyValueReadsBackAsItWasEscaped() {
    qt().forAll(cells()).check(value -> Escaping.unescape(Escaping.escape(value)).equals(value));
  }

  @Test
  void noEscapedCellStartsLikeAFormula() {
    qt().forAll(cells())
        .checkAssert(
            value ->
                assertThat(Escaping.escape(value))
                    .doesNotStartWith("=")
                    .doesNotStartWith("+")
                    .doesNotStartWith("-")
                    .doesNotStartWith("@")
                    .doesNotStartWith("\t")
                    .doesNotStartWith("\r"));
  }

  @Test
  void leavesOrdinaryValuesAlone() {
    assertThat(Escaping.escape("Ana")).isEqualTo("Ana");
    assertThat(Escaping.escape("")).isEqualTo("");
    assertThat(Escaping.escape("=1+2")).isEqualTo("'=1+2");
    assertThat(Escaping.escape("'quoted")).isEqualTo("''quoted");
    assertThat(Escaping.unescape("''quoted")).isEqualTo("'quoted");
  }
}
