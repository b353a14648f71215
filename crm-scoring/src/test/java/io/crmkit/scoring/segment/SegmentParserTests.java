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

class SegmentParserTests {

  private static final SegmentSchema SCHEMA = SegmentFixtures.contacts();

  private static SegmentExpression parse(String text) {
    return SegmentParser.parse(text, SCHEMA);
  }

  private static SegmentParseException parseError(String text) {
    try {
      parse(text);
    } catch (SegmentParseException e) {
      return e;
    }
    throw new AssertionError("expected a parse error for: " + text);
  }

  @Test
  void readsEqualityOnText() {
    assertThat(parse("country = \"DE\"")).isEqualTo(field("country").equalTo("DE"));
  }

  @Test
  void readsInequality() {
    assertThat(parse("country != \"DE\"")).isEqualTo(field("country").notEqualTo("DE"));
  }

  @Test
  void readsOrderComparisonsOnNumbers() {
    assertThat(parse("score < 10")).isEqualTo(field("score").lessThan(10));
    assertThat(parse("score <= 10")).isEqualTo(field("score").atMost(10));
    assertThat(parse("score > -10")).isEqualTo(field("score").greaterThan(-10));
    assertThat(parse("score >= 10")).isEqualTo(field("score").atLeast(10));
  }

  @Test
  void readsDecimalsKeepingTheirScale() {
    assertThat(parse("orderValue >= 100.50"))
        .isEqualTo(field("orderValue").atLeast(Literal.of(new BigDecimal("100.50"))));
  }

  @Test
  void readsDatesAndInstantsAsTextTypedByTheField() {
    assertThat(parse("birthday < \"1990-01-31\""))
        .isEqualTo(field("birthday").lessThan(Literal.of(LocalDate.of(1990, 1, 31))));
    assertThat(parse("createdAt >= \"2025-01-01T00:00:00Z\""))
        .isEqualTo(field("createdAt").atLeast(Literal.of(Instant.parse("2025-01-01T00:00:00Z"))));
  }

  @Test
  void readsInstantsWithAnOffsetAsTheSameInstantInUtc() {
    assertThat(parse("createdAt = \"2025-01-01T02:00:00+02:00\""))
        .isEqualTo(field("createdAt").equalTo(Literal.of(Instant.parse("2025-01-01T00:00:00Z"))));
  }

  @Test
  void readsBooleans() {
    assertThat(parse("custom.newsletter = TRUE"))
        .isEqualTo(field("custom.newsletter").equalTo(true));
  }

  @Test
  void readsInAndNotInLists() {
    assertThat(parse("country in (\"DE\", \"AT\")")).isEqualTo(field("country").in("DE", "AT"));
    assertThat(parse("orderCount not in (0,1)")).isEqualTo(field("orderCount").notIn(0, 1));
  }

  @Test
  void readsContainsAndStartsWith() {
    assertThat(parse("email contains \"@example.\""))
        .isEqualTo(field("email").contains("@example."));
    assertThat(parse("givenName starts with \"An\""))
        .isEqualTo(field("givenName").startsWith("An"));
    assertThat(parse("custom.interests contains \"golf\""))
        .isEqualTo(field("custom.interests").contains("golf"));
  }

  @Test
  void readsEmptinessChecks() {
    assertThat(parse("city is empty")).isEqualTo(field("city").isEmpty());
    assertThat(parse("city is not empty")).isEqualTo(field("city").isNotEmpty());
  }

  @Test
  void readsBetween() {
    assertThat(parse("score between 10 and 20")).isEqualTo(field("score").between(10, 20));
  }

  @Test
  void readsRelativeWindowsInEveryUnit() {
    assertThat(parse("createdAt within last 30 days"))
        .isEqualTo(field("createdAt").withinLast(30, WindowUnit.DAYS));
    assertThat(parse("lastActivityAt within last 1 hour"))
        .isEqualTo(field("lastActivityAt").withinLast(1, WindowUnit.HOURS));
    assertThat(parse("createdAt within last 2 weeks"))
        .isEqualTo(field("createdAt").withinLast(2, WindowUnit.WEEKS));
    assertThat(parse("birthday within last 6 Months"))
        .isEqualTo(field("birthday").withinLast(6, WindowUnit.MONTHS));
  }

  @Test
  void readsTagsActivitiesAndSegments() {
    assertThat(parse("has tag \"vip\"")).isEqualTo(Segments.hasTag("vip"));
    assertThat(parse("has activity \"email_click\""))
        .isEqualTo(Segments.hasActivity("email_click"));
    assertThat(parse("has activity \"email_click\" within last 14 days"))
        .isEqualTo(Segments.hasActivityWithin("email_click", 14, WindowUnit.DAYS));
    assertThat(parse("in segment \"champions\"")).isEqualTo(Segments.inSegment("champions"));
  }

  @Test
  void readsCampaignEngagementEverAndInAWindow() {
    assertThat(parse("opened campaign \"Spring sale\" within last 30 days"))
        .isEqualTo(
            Segments.engagedWithin(CampaignEngagement.OPENED, "Spring sale", 30, WindowUnit.DAYS));
    assertThat(parse("CLICKED Campaign \"Spring sale\""))
        .isEqualTo(Segments.engaged(CampaignEngagement.CLICKED, "Spring sale"));
    assertThat(parse("not received campaign \"Newsletter 12\" within last 2 weeks"))
        .isEqualTo(
            Segments.not(
                Segments.engagedWithin(
                    CampaignEngagement.RECEIVED, "Newsletter 12", 2, WindowUnit.WEEKS)));
  }

  @Test
  void rejectsAnEngagementThatIsNotOneOfTheThree() {
    assertThat(parseError("bought campaign \"Spring sale\""))
        .hasMessage(
            "line 1, column 1: expected 'received', 'opened' or 'clicked' before 'campaign',"
                + " found 'bought'");
    assertThat(parseError("opened campaign spring"))
        .hasMessage(
            "line 1, column 17: expected a campaign name as a text of 1 to 200 characters, not"
                + " blank, found 'spring'");
    assertThat(parseError("opened campaign \"Spring sale\" within 30 days"))
        .hasMessage("line 1, column 38: expected 'last' after 'within', found 30");
  }

  @Test
  void bindsNotTighterThanAndTighterThanOr() {
    SegmentExpression a = field("country").equalTo("DE");
    SegmentExpression b = Segments.hasTag("vip");
    SegmentExpression c = field("score").greaterThan(5);
    assertThat(parse("country = \"DE\" or not has tag \"vip\" and score > 5"))
        .isEqualTo(new Or(List.of(a, new And(List.of(new Not(b), c)))));
  }

  @Test
  void parenthesesOverridePrecedence() {
    SegmentExpression a = field("country").equalTo("DE");
    SegmentExpression b = Segments.hasTag("vip");
    SegmentExpression c = field("score").greaterThan(5);
    assertThat(parse("(country = \"DE\" or has tag \"vip\") and score > 5"))
        .isEqualTo(new And(List.of(new Or(List.of(a, b)), c)));
  }

  @Test
  void readsKeywordsInAnyCaseAndSpreadOverLines() {
    assertThat(parse("country IN (\"DE\")\n\tAND\r\nHas Tag \"vip\""))
        .isEqualTo(field("country").in("DE").and(Segments.hasTag("vip")));
  }

  @Test
  void readsEscapesInTexts() {
    assertThat(parse("givenName = \"a\\\"b\\\\c\\nd\\te\\u00e9\""))
        .isEqualTo(field("givenName").equalTo("a\"b\\c\nd\te\u00e9"));
  }

  @Test
  void rejectsAMissingValue() {
    SegmentParseException error = parseError("country = ");
    assertThat(error)
        .hasMessage("line 1, column 11: expected a value after '=', found end of input");
    assertThat(error.line()).isEqualTo(1);
    assertThat(error.column()).isEqualTo(11);
    assertThat(error.expected()).isEqualTo("a value after '='");
    assertThat(error.found()).isEqualTo("end of input");
  }

  @Test
  void rejectsAnUnknownFieldAtItsPosition() {
    assertThat(parseError("has tag \"vip\" and\n  contry = \"DE\""))
        .hasMessage(
            "line 2, column 3: expected a field of the schema, found unknown field 'contry' (did you"
                + " mean 'country'?)");
  }

  @Test
  void rejectsAnOperatorThatDoesNotApplyToTheFieldType() {
    assertThat(parseError("country < \"DE\""))
        .hasMessage(
            "line 1, column 9: expected an operator for text field 'country' (=, !=, in, not in,"
                + " contains, starts with, is empty, is not empty), found '<'");
    assertThat(parseError("score contains \"1\""))
        .hasMessageStartingWith("line 1, column 7: expected an operator for number field 'score'");
    assertThat(parseError("custom.newsletter within last 3 days"))
        .hasMessageStartingWith(
            "line 1, column 19: expected an operator for boolean field 'custom.newsletter'");
  }

  @Test
  void rejectsALiteralOfTheWrongType() {
    assertThat(parseError("score = \"ten\""))
        .hasMessage(
            "line 1, column 9: expected a whole number from -9223372036854775808 to"
                + " 9223372036854775807 for number field 'score', found \"ten\"");
    assertThat(parseError("country = 1"))
        .hasMessage("line 1, column 11: expected a text for text field 'country', found 1");
    assertThat(parseError("score = 1.5"))
        .hasMessageStartingWith("line 1, column 9: expected a whole number")
        .hasMessageEndingWith("found 1.5");
    assertThat(parseError("custom.newsletter = \"yes\""))
        .hasMessage(
            "line 1, column 21: expected true or false for boolean field 'custom.newsletter',"
                + " found \"yes\"");
  }

  @Test
  void rejectsInvalidDatesAndInstants() {
    assertThat(parseError("birthday = \"2025-02-30\""))
        .hasMessage(
            "line 1, column 12: expected a date \"yyyy-mm-dd\" in the years 1 to 9999 for date"
                + " field 'birthday', found \"2025-02-30\"");
    assertThat(parseError("createdAt > \"yesterday\""))
        .hasMessageStartingWith("line 1, column 13: expected an instant")
        .hasMessageEndingWith("found \"yesterday\"");
  }

  @Test
  void rejectsAChoiceThatIsNotDeclared() {
    assertThat(parseError("lifecycleStage in (\"lead\", \"prospect\")"))
        .hasMessage(
            "line 1, column 28: expected one of \"subscriber\", \"lead\", \"opportunity\","
                + " \"customer\", \"evangelist\" for choice field 'lifecycleStage', found"
                + " \"prospect\"");
  }

  @Test
  void rejectsABetweenWhoseBoundsAreReversed() {
    assertThat(parseError("score between 20 and 10"))
        .hasMessage(
            "line 1, column 22: expected an upper bound not below the lower bound 20, found 10");
  }

  @Test
  void rejectsAWindowInHoursOnADateField() {
    assertThat(parseError("birthday within last 3 hours"))
        .hasMessage(
            "line 1, column 24: expected days, weeks or months for date field 'birthday', found"
                + " 'hours'");
  }

  @Test
  void rejectsAWindowOutOfRange() {
    assertThat(parseError("createdAt within last 0 days"))
        .hasMessage(
            "line 1, column 23: expected a whole number of 1 to 100000 after 'last', found 0");
    assertThat(parseError("createdAt within last 100001 days"))
        .hasMessageStartingWith("line 1, column 23: expected a whole number of 1 to 100000");
  }

  @Test
  void rejectsAnUnclosedParenthesis() {
    assertThat(parseError("(has tag \"vip\""))
        .hasMessage(
            "line 1, column 15: expected ')' or another condition joined with 'and' or 'or',"
                + " found end of input");
  }

  @Test
  void rejectsTrailingInput() {
    assertThat(parseError("has tag \"vip\" has tag \"x\""))
        .hasMessage("line 1, column 15: expected 'and', 'or' or end of input, found 'has'");
  }

  @Test
  void rejectsADanglingConnective() {
    assertThat(parseError("has tag \"vip\" and"))
        .hasMessage(
            "line 1, column 18: expected a condition (a field, 'not', 'has', 'in segment' or"
                + " '('), found end of input");
  }

  @Test
  void rejectsAKeywordWhereAFieldBelongs() {
    assertThat(parseError("or = 1"))
        .hasMessage(
            "line 1, column 1: expected a condition (a field, 'not', 'has', 'in segment' or"
                + " '('), found 'or'");
  }

  @Test
  void rejectsAnEmptyOrUnclosedList() {
    assertThat(parseError("country in ()"))
        .hasMessage("line 1, column 13: expected a value, found ')'");
    assertThat(parseError("country in (\"DE\" \"AT\")"))
        .hasMessage(
            "line 1, column 18: expected ',' or ')' to close the list of values, found \"AT\"");
  }

  @Test
  void rejectsNotWithoutIn() {
    assertThat(parseError("country not \"DE\""))
        .hasMessage("line 1, column 13: expected 'in' after 'not', found \"DE\"");
  }

  @Test
  void rejectsIsWithoutEmpty() {
    assertThat(parseError("city is null"))
        .hasMessage("line 1, column 9: expected 'empty' or 'not empty' after 'is', found 'null'");
  }

  @Test
  void rejectsAnEmptyTextToMatch() {
    assertThat(parseError("email contains \"\""))
        .hasMessage("line 1, column 16: expected a non-empty text after 'contains', found \"\"");
  }

  @Test
  void rejectsABlankTag() {
    assertThat(parseError("has tag \"  \""))
        .hasMessage(
            "line 1, column 9: expected a tag as a text of 1 to 200 characters, not blank,"
                + " found \"  \"");
  }

  @Test
  void rejectsHasWithoutTagOrActivity() {
    assertThat(parseError("has segment \"x\""))
        .hasMessage("line 1, column 5: expected 'tag' or 'activity' after 'has', found 'segment'");
  }

  @Test
  void rejectsAnUnterminatedText() {
    assertThat(parseError("country = \"DE"))
        .hasMessage(
            "line 1, column 14: expected '\"' to close the text opened at column 11, found end"
                + " of input");
    assertThat(parseError("country = \"DE\nand"))
        .hasMessage(
            "line 1, column 14: expected '\"' to close the text opened at column 11, found end"
                + " of line");
  }

  @Test
  void rejectsAnUnknownEscape() {
    assertThat(parseError("country = \"D\\x\""))
        .hasMessage(
            "line 1, column 13: expected an escape sequence (\\\", \\\\, \\n, \\t or \\uXXXX),"
                + " found '\\x'");
    assertThat(parseError("country = \"\\u12G4\""))
        .hasMessage(
            "line 1, column 12: expected four hexadecimal digits after '\\u', found '\\u12G4'");
  }

  @Test
  void rejectsSqlCommentsAsPlainErrors() {
    assertThat(parseError("has tag \"vip\" -- and more"))
        .hasMessage("line 1, column 15: expected 'and', 'or' or end of input, found '-'");
    assertThat(parseError("/* hi */ has tag \"vip\""))
        .hasMessage(
            "line 1, column 1: expected a condition (a field, 'not', 'has', 'in segment' or"
                + " '('), found '/'");
  }

  @Test
  void rejectsSingleQuotes() {
    assertThat(parseError("country = 'DE'"))
        .hasMessage("line 1, column 11: expected a value after '=', found a single quote");
  }

  @Test
  void namesInvisibleCharactersByCodePoint() {
    assertThat(parseError("has tag \"vip\"\u00a0"))
        .hasMessage(
            "line 1, column 14: expected 'and', 'or' or end of input, found character U+00A0");
  }
}
