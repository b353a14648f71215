package io.crmkit.scoring.segment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class SegmentParserHostileInputProperties {

  private static final SegmentSchema SCHEMA = SegmentFixtures.contacts();

  private static final List<String> TOKENS =
      List.of(
          "(",
          ")",
          ",",
          "=",
          "!=",
          "<",
          "<=",
          ">",
          ">=",
          "!",
          "-",
          "--",
          "/*",
          "*/",
          "'",
          "\"",
          "\\",
          "and",
          "or",
          "not",
          "in",
          "is",
          "empty",
          "contains",
          "starts",
          "with",
          "between",
          "within",
          "last",
          "has",
          "tag",
          "activity",
          "segment",
          "true",
          "false",
          "days",
          "hour",
          "country",
          "score",
          "orderValue",
          "birthday",
          "createdAt",
          "custom.interests",
          "lifecycleStage",
          "\"DE\"",
          "\"lead\"",
          "\"2025-01-01\"",
          "\"2025-01-01T00:00:00Z\"",
          "\"\\u00\"",
          "\"\\q\"",
          "0",
          "-1",
          "1.5",
          "99999999999999999999",
          " ",
          "\n",
          "\u0000");

  /** Parsing either succeeds or fails with a positioned parse error; nothing else escapes. */
  private static void parsesOrFailsCleanly(String text) {
    try {
      SegmentExpression expression = SegmentParser.parse(text, SCHEMA);
      assertThat(SegmentParser.parse(SegmentPrinter.print(expression), SCHEMA))
          .isEqualTo(expression);
    } catch (SegmentParseException e) {
      assertThat(e.line()).isPositive();
      assertThat(e.column()).isPositive();
      assertThat(e.getMessage()).startsWith("line " + e.line() + ", column " + e.column() + ": ");
    }
  }

  @Test
  void randomBytesGiveCleanParseErrors() {
    qt().withExamples(3000)
        .forAll(lists().of(integers().between(0, 255)).ofSizeBetween(0, 200))
        .checkAssert(
            values -> {
              byte[] bytes = new byte[values.size()];
              for (int i = 0; i < bytes.length; i++) {
                bytes[i] = values.get(i).byteValue();
              }
              parsesOrFailsCleanly(new String(bytes, StandardCharsets.UTF_8));
              parsesOrFailsCleanly(new String(bytes, StandardCharsets.ISO_8859_1));
            });
  }

  @Test
  void randomUnicodeGivesCleanParseErrors() {
    qt().withExamples(3000)
        .forAll(strings().allPossible().ofLengthBetween(0, 200))
        .checkAssert(SegmentParserHostileInputProperties::parsesOrFailsCleanly);
  }

  @Test
  void randomTokenSoupGivesCleanParseErrors() {
    qt().withExamples(5000)
        .forAll(lists().of(arbitrary().pick(TOKENS)).ofSizeBetween(0, 40))
        .checkAssert(tokens -> parsesOrFailsCleanly(String.join(" ", tokens)));
  }

  @Test
  void truncatedValidTextsGiveCleanParseErrors() {
    qt().withExamples(1000)
        .forAll(SegmentExpressionGenerators.expressions(), integers().between(0, 1000))
        .checkAssert(
            (expression, cut) -> {
              String text = SegmentPrinter.print(expression);
              parsesOrFailsCleanly(text.substring(0, Math.min(cut, text.length())));
            });
  }
}
