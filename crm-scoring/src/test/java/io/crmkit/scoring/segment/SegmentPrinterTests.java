package io.crmkit.scoring.segment;

import static io.crmkit.scoring.segment.Segments.field;
import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.scoring.segment.SegmentExpression.And;
import io.crmkit.scoring.segment.SegmentExpression.Not;
import io.crmkit.scoring.segment.SegmentExpression.Or;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class SegmentPrinterTests {

  private static final SegmentSchema SCHEMA = SegmentFixtures.contacts();

  @Test
  void printsCanonicalTextWithLowerCaseKeywordsAndSingleSpaces() {
    SegmentExpression parsed =
        SegmentParser.parse(
            "country   IN(\"DE\",\"AT\")AND Has  Tag \"vip\" OR NOT score>=10", SCHEMA);
    assertThat(SegmentPrinter.print(parsed))
        .isEqualTo("country in (\"DE\", \"AT\") and has tag \"vip\" or not score >= 10");
  }

  @Test
  void printsParenthesesOnlyWherePrecedenceNeedsThem() {
    SegmentExpression a = Segments.hasTag("a");
    SegmentExpression b = Segments.hasTag("b");
    SegmentExpression c = Segments.hasTag("c");
    assertThat(SegmentPrinter.print(new Or(List.of(a, new And(List.of(b, c))))))
        .isEqualTo("has tag \"a\" or has tag \"b\" and has tag \"c\"");
    assertThat(SegmentPrinter.print(new And(List.of(new Or(List.of(a, b)), c))))
        .isEqualTo("(has tag \"a\" or has tag \"b\") and has tag \"c\"");
    assertThat(SegmentPrinter.print(new And(List.of(new And(List.of(a, b)), c))))
        .isEqualTo("(has tag \"a\" and has tag \"b\") and has tag \"c\"");
    assertThat(SegmentPrinter.print(new Not(new Or(List.of(a, b)))))
        .isEqualTo("not (has tag \"a\" or has tag \"b\")");
    assertThat(SegmentPrinter.print(new Not(new Not(a)))).isEqualTo("not not has tag \"a\"");
  }

  @Test
  void printsEveryKindOfLiteral() {
    assertThat(
            SegmentPrinter.print(field("orderValue").atLeast(Literal.of(new BigDecimal("1E+3")))))
        .isEqualTo("orderValue >= 1000");
    assertThat(
            SegmentPrinter.print(field("orderValue").atLeast(Literal.of(new BigDecimal("0.50")))))
        .isEqualTo("orderValue >= 0.50");
    assertThat(
            SegmentPrinter.print(field("birthday").lessThan(Literal.of(LocalDate.of(1990, 1, 2)))))
        .isEqualTo("birthday < \"1990-01-02\"");
    assertThat(
            SegmentPrinter.print(
                field("createdAt").lessThan(Literal.of(Instant.parse("2025-01-02T03:04:05.5Z")))))
        .isEqualTo("createdAt < \"2025-01-02T03:04:05.500Z\"");
    assertThat(SegmentPrinter.print(field("custom.newsletter").equalTo(false)))
        .isEqualTo("custom.newsletter = false");
  }

  @Test
  void escapesQuotesBackslashesAndControlCharacters() {
    assertThat(SegmentPrinter.print(field("city").equalTo("a\"b\\c\nd\te\u0001f\u2028\ud800")))
        .isEqualTo("city = \"a\\\"b\\\\c\\nd\\te\\u0001f\\u2028\\uD800\"");
  }

  @Test
  void keepsValidSurrogatePairsUnescaped() {
    assertThat(SegmentPrinter.print(Segments.hasTag("\uD83D\uDE00")))
        .isEqualTo("has tag \"\uD83D\uDE00\"");
  }

  @Test
  void printsCampaignEngagementAsTheParserReadsIt() {
    SegmentExpression ever = Segments.engaged(CampaignEngagement.RECEIVED, "Q3 \"Launch\"");
    SegmentExpression recent =
        Segments.engagedWithin(CampaignEngagement.CLICKED, "Spring sale", 1, WindowUnit.HOURS);

    assertThat(SegmentPrinter.print(ever)).isEqualTo("received campaign \"Q3 \\\"Launch\\\"\"");
    assertThat(SegmentPrinter.print(recent))
        .isEqualTo("clicked campaign \"Spring sale\" within last 1 hour");
    assertThat(SegmentParser.parse(SegmentPrinter.print(ever), SegmentFixtures.contacts()))
        .isEqualTo(ever);
  }

  @Test
  void printsSingularUnitsForAnAmountOfOne() {
    assertThat(SegmentPrinter.print(Segments.hasActivityWithin("email_open", 1, WindowUnit.WEEKS)))
        .isEqualTo("has activity \"email_open\" within last 1 week");
    assertThat(SegmentPrinter.print(field("createdAt").withinLast(3, WindowUnit.MONTHS)))
        .isEqualTo("createdAt within last 3 months");
  }

  @Test
  void printsTheDeepestNestingTheParserReads() {
    SegmentExpression expression = Segments.hasTag("vip");
    for (int i = 0; i < SegmentExpression.MAX_DEPTH; i++) {
      expression = Segments.not(expression);
    }
    String text = SegmentPrinter.print(expression);
    assertThat(SegmentParser.parse(text, SCHEMA)).isEqualTo(expression);
  }
}
