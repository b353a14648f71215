package io.crmkit.scoring.segment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SegmentParserHostileInputTests {

  private static final SegmentSchema SCHEMA = SegmentFixtures.contacts();

  private static void assertParseError(String text, String message) {
    assertThatThrownBy(() -> SegmentParser.parse(text, SCHEMA))
        .isInstanceOf(SegmentParseException.class)
        .hasMessage(message);
  }

  @Test
  void rejectsTenThousandNestedParenthesesWithoutOverflowingTheStack() {
    String text = "(".repeat(10_000) + "has tag \"vip\"" + ")".repeat(10_000);
    assertParseError(
        text, "line 1, column 201: expected at most 200 levels of nesting, found level 201");
  }

  @Test
  void rejectsTenThousandNestedNots() {
    String text = "not ".repeat(10_000) + "has tag \"vip\"";
    assertParseError(
        text, "line 1, column 801: expected at most 200 levels of nesting, found level 201");
  }

  @Test
  void readsTwoHundredNestedParentheses() {
    String text = "(".repeat(200) + "has tag \"vip\"" + ")".repeat(200);
    assertThat(SegmentParser.parse(text, SCHEMA)).isEqualTo(Segments.hasTag("vip"));
  }

  @Test
  void readsTheLongestFlatChainWithoutDeepRecursion() {
    // the 'or' and 1,999 conditions: 2,000 nodes
    String text = "has tag \"a\" or ".repeat(1_998) + "has tag \"b\"";
    SegmentExpression expression = SegmentParser.parse(text, SCHEMA);
    assertThat(((SegmentExpression.Or) expression).operands()).hasSize(1_999);
    SegmentFilter filter = SegmentFilter.compile(expression, SCHEMA);
    assertThat(
            filter.matches(
                SegmentFixtures.aSubject().tagged("b"), EvaluationContext.at(SegmentFixtures.NOW)))
        .isTrue();
  }

  @Test
  void rejectsAnExpressionOfMoreNodesThanTheLimitWhereItGoesBeyond() {
    // "has tag "a" or " is 15 characters; the 2,000th condition is the 2,001st node
    String text = "has tag \"a\" or ".repeat(4_000) + "has tag \"b\"";
    assertParseError(
        text,
        "line 1, column 29986: expected at most 2000 nodes (every 'and', 'or', 'not', condition"
            + " and value counts one), found node 2001");
  }

  @Test
  void countsEveryValueOfAListAsANode() {
    String values = "\"x\", ".repeat(999) + "\"y\"";
    String list = "country in (" + values + ")";
    assertThat(SegmentParser.parse(list + " or has tag \"a\"", SCHEMA))
        .isInstanceOf(SegmentExpression.Or.class);
    assertThatThrownBy(() -> SegmentParser.parse(list + " or " + list, SCHEMA))
        .isInstanceOf(SegmentParseException.class)
        .hasMessageEndingWith("found node 2001");
  }

  @Test
  void rejectsInputLongerThanTheLimit() {
    assertParseError(
        "has tag \"vip\" or ".repeat(5_000),
        "line 1, column 1: expected a text of at most 65536 characters, found 85000 characters");
  }

  @Test
  void rejectsAnIntegerBeyondLongRange() {
    assertParseError(
        "orderCount > 9223372036854775808",
        "line 1, column 14: expected a whole number from -9223372036854775808 to"
            + " 9223372036854775807 for number field 'orderCount', found 9223372036854775808");
  }

  @Test
  void rejectsAHugeNumberShowingOnlyItsStart() {
    assertParseError(
        "orderValue > " + "9".repeat(60_000),
        "line 1, column 14: expected a number of at most 35 digits before the point and 30 after"
            + " for decimal field"
            + " 'orderValue', found "
            + "9".repeat(40)
            + "...");
  }

  @Test
  void rejectsADecimalWithTooManyDigitsAfterThePoint() {
    assertParseError(
        "orderValue > 0." + "0".repeat(38) + "1",
        "line 1, column 14: expected a number of at most 35 digits before the point and 30 after"
            + " for decimal field"
            + " 'orderValue', found 0."
            + "0".repeat(38)
            + "...");
  }

  @Test
  void rejectsAWindowAmountBeyondLongRange() {
    assertParseError(
        "createdAt within last 99999999999999999999999 days",
        "line 1, column 23: expected a whole number of 1 to 100000 after 'last', found"
            + " 99999999999999999999999");
  }

  @Test
  void rejectsATextLongerThanTheLiteralLimit() {
    assertParseError(
        "city = \"" + "x".repeat(1_001) + "\"",
        "line 1, column 8: expected a text of at most 1000 characters, found a longer text");
  }

  @Test
  void rejectsAnInListLongerThanTheLimit() {
    String values = "1, ".repeat(1_000) + "2";
    assertThatThrownBy(() -> SegmentParser.parse("score in (" + values + ")", SCHEMA))
        .isInstanceOf(SegmentParseException.class)
        .hasMessage("line 1, column 3011: expected at most 1000 values in a list, found more");
  }

  @Test
  void rejectsNulAndOtherControlCharacters() {
    assertParseError(
        "has tag \"vip\"\u0000",
        "line 1, column 14: expected 'and', 'or' or end of input, found character U+0000");
  }

  @Test
  void rejectsAnEscapeCutOffByTheEndOfInput() {
    assertParseError(
        "city = \"abc\\",
        "line 1, column 12: expected an escape sequence (\\\", \\\\, \\n, \\t or \\uXXXX), found"
            + " end of input");
    assertParseError(
        "city = \"\\u12",
        "line 1, column 9: expected four hexadecimal digits after '\\u', found '\\u12'");
  }

  @Test
  void rejectsSqlInjectionStyleInput() {
    assertParseError(
        "city = \"x\"; DROP TABLE crm_contact",
        "line 1, column 11: expected 'and', 'or' or end of input, found ';'");
  }
}
