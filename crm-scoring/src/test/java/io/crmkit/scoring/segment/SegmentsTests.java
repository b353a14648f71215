package io.crmkit.scoring.segment;

import static io.crmkit.scoring.segment.Segments.field;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.scoring.segment.SegmentExpression.And;
import io.crmkit.scoring.segment.SegmentExpression.Or;
import java.util.List;
import org.junit.jupiter.api.Test;

class SegmentsTests {

  @Test
  void chainedAndsBuildOneFlatConjunction() {
    SegmentExpression a = field("country").in("DE", "AT");
    SegmentExpression b = Segments.hasTag("vip");
    SegmentExpression c = field("score").atLeast(10);
    assertThat(a.and(b).and(c)).isEqualTo(new And(List.of(a, b, c)));
    assertThat(a.or(b).or(c)).isEqualTo(new Or(List.of(a, b, c)));
    assertThat(Segments.allOf(a, b, c)).isEqualTo(new And(List.of(a, b, c)));
    assertThat(Segments.anyOf(a, b)).isEqualTo(new Or(List.of(a, b)));
  }

  @Test
  void mixedConnectivesKeepTheirGrouping() {
    SegmentExpression expression =
        field("country")
            .equalTo("DE")
            .or(Segments.hasTag("vip"))
            .and(Segments.not(field("city").isEmpty()));
    assertThat(SegmentPrinter.print(expression))
        .isEqualTo("(country = \"DE\" or has tag \"vip\") and not city is empty");
  }

  @Test
  void buildsEveryFieldCondition() {
    assertThat(SegmentPrinter.print(field("score").between(1, 5)))
        .isEqualTo("score between 1 and 5");
    assertThat(SegmentPrinter.print(field("score").notIn(1, 2))).isEqualTo("score not in (1, 2)");
    assertThat(SegmentPrinter.print(field("grade").notIn("A"))).isEqualTo("grade not in (\"A\")");
    assertThat(SegmentPrinter.print(field("custom.newsletter").equalTo(true)))
        .isEqualTo("custom.newsletter = true");
    assertThat(SegmentPrinter.print(field("score").lessThan(3))).isEqualTo("score < 3");
    assertThat(SegmentPrinter.print(field("score").atMost(3))).isEqualTo("score <= 3");
    assertThat(SegmentPrinter.print(field("score").greaterThan(3))).isEqualTo("score > 3");
    assertThat(SegmentPrinter.print(field("city").notEqualTo("Wien")))
        .isEqualTo("city != \"Wien\"");
    assertThat(SegmentPrinter.print(field("city").isNotEmpty())).isEqualTo("city is not empty");
    assertThat(SegmentPrinter.print(field("email").startsWith("ana")))
        .isEqualTo("email starts with \"ana\"");
    assertThat(SegmentPrinter.print(Segments.inSegment("champions")))
        .isEqualTo("in segment \"champions\"");
  }

  @Test
  void rejectsInvalidFieldNames() {
    assertThatThrownBy(() -> field("1st").isEmpty())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("invalid field name: '1st'");
    assertThatThrownBy(() -> field("and").isEmpty())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("invalid field name: 'and'");
    assertThatThrownBy(() -> field("custom.").isEmpty())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("invalid field name: 'custom.'");
    assertThatThrownBy(() -> field(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void rejectsEmptyAndOverlongLists() {
    assertThatThrownBy(() -> field("country").in(new String[0]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("an in list of field 'country' needs 1 to 1000 values: 0");
    assertThatThrownBy(() -> field("score").in(new long[1001]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("an in list of field 'score' needs 1 to 1000 values: 1001");
  }

  @Test
  void rejectsBlankNamesAndEmptyTextsToMatch() {
    assertThatThrownBy(() -> Segments.hasTag(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("tag must be 1 to 200 characters and not blank: ' '");
    assertThatThrownBy(() -> Segments.hasActivity("x".repeat(201)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("activity type must be 1 to 200 characters and not blank");
    assertThatThrownBy(() -> Segments.inSegment(""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("segment name must be 1 to 200 characters and not blank: ''");
    assertThatThrownBy(() -> field("email").contains(""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the text after 'contains' must be 1 to 1000 characters: ''");
  }

  @Test
  void rejectsConnectivesWithFewerThanTwoOperands() {
    assertThatThrownBy(() -> new And(List.of(Segments.hasTag("a"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("'and' needs at least two operands: 1");
    assertThatThrownBy(() -> new Or(List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("'or' needs at least two operands: 0");
  }

  @Test
  void rejectsWindowsOutOfRange() {
    assertThatThrownBy(() -> field("createdAt").withinLast(0, WindowUnit.DAYS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("window amount must be 1 to 100000: 0");
    assertThatThrownBy(() -> Segments.hasActivityWithin("x", 100_001, WindowUnit.HOURS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("window amount must be 1 to 100000: 100001");
  }
}
