package io.crmkit.scoring.segment;

import static io.crmkit.scoring.segment.Segments.allOf;
import static io.crmkit.scoring.segment.Segments.anyOf;
import static io.crmkit.scoring.segment.Segments.field;
import static io.crmkit.scoring.segment.Segments.hasTag;
import static io.crmkit.scoring.segment.Segments.not;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Expressions built in code keep the limits of {@link SegmentExpression} from the moment they are
 * built: ten thousand nested {@code not}s or connectives used to be accepted and then overflowed
 * the stack in {@code hashCode} and {@code toString}.
 */
class SegmentExpressionLimitsTests {

  private static final SegmentSchema SCHEMA = SegmentFixtures.contacts();

  @Test
  void refusesTheFirstNotBeyondTheDeepestNestingNamingTheLimitAndTheDepth() {
    SegmentExpression expression = hasTag("vip");
    int built = 0;
    IllegalArgumentException refusal = null;
    while (refusal == null && built < 10_000) {
      try {
        expression = not(expression);
        built++;
      } catch (IllegalArgumentException e) {
        refusal = e;
      }
    }

    assertThat(built).isEqualTo(SegmentExpression.MAX_DEPTH);
    assertThat(refusal)
        .hasMessage(
            "segment expression is nested 201 levels deep, more than the limit of 200 (every"
                + " 'not' and every pair of parentheses counts one)");
  }

  @Test
  void refusesConnectivesNestedBeyondTheDeepestNesting() {
    SegmentExpression deepest = alternating(SegmentExpression.MAX_DEPTH);

    assertThatThrownBy(() -> allOf(hasTag("x"), anyOf(hasTag("y"), deepest)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("segment expression is nested 201 levels deep");
    assertThatThrownBy(() -> hasTag("x").and(deepest))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("segment expression is nested 201 levels deep");
  }

  @Test
  void anExpressionAtTheDeepestNestingHashesPrintsAndCompiles() {
    // 400 levels of 'and' and 'or' objects, 200 levels of parentheses in the text
    SegmentExpression deepest = alternating(SegmentExpression.MAX_DEPTH);
    SegmentExpression copy = alternating(SegmentExpression.MAX_DEPTH);

    assertThat(deepest).isEqualTo(copy).hasSameHashCodeAs(copy);
    assertThat(deepest.toString()).contains("HasTag[tag=leaf]");
    assertThat(SegmentParser.parse(SegmentPrinter.print(deepest), SCHEMA)).isEqualTo(deepest);
    // true only through every level down to the leaf
    assertThat(
            SegmentFilter.compile(deepest, SCHEMA)
                .matches(
                    SegmentFixtures.aSubject().tagged("hit").tagged("leaf"),
                    EvaluationContext.at(SegmentFixtures.NOW)))
        .isTrue();
  }

  @Test
  void refusesAnExpressionOfMoreNodesThanTheLimitNamingTheLimitAndTheCount() {
    List<SegmentExpression> comparisons = new ArrayList<>();
    for (int i = 0; i < 999; i++) {
      comparisons.add(field("orderCount").equalTo(i));
    }
    // one 'and', 999 comparisons of two nodes each and one tag: 2,000 nodes
    SegmentExpression largest =
        new SegmentExpression.And(concat(comparisons, List.of(hasTag("vip"))));
    assertThat(SegmentFilter.compile(largest, SCHEMA)).isNotNull();

    assertThatThrownBy(
            () ->
                new SegmentExpression.And(
                    concat(comparisons, List.of(field("orderCount").equalTo(-1)))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "segment expression has 2001 nodes, more than the limit of 2000 (every 'and', 'or',"
                + " 'not', condition and value counts one)");
  }

  @Test
  void countsEveryOperandThatChainedCallsAdd() {
    SegmentExpression chain = hasTag("t0").and(hasTag("t1"));
    int operands = 2;
    IllegalArgumentException refusal = null;
    while (refusal == null && operands < 10_000) {
      try {
        chain = chain.or(hasTag("t" + operands));
        operands++;
      } catch (IllegalArgumentException e) {
        refusal = e;
      }
    }

    // the 'or', the 'and' with its two tags, and 1,996 more tags
    assertThat(operands).isEqualTo(1_998);
    assertThat(refusal).hasMessageStartingWith("segment expression has 2001 nodes");
  }

  /**
   * Returns {@code has tag "miss" or has tag "hit" and (has tag "miss" or ...)}, nested {@code
   * depth} levels of parentheses deep: twice as many levels of 'and' and 'or' objects.
   */
  private static SegmentExpression alternating(int depth) {
    SegmentExpression expression = hasTag("leaf");
    for (int i = 0; i <= depth; i++) {
      expression = anyOf(hasTag("miss"), allOf(hasTag("hit"), expression));
    }
    return expression;
  }

  private static List<SegmentExpression> concat(
      List<SegmentExpression> first, List<SegmentExpression> second) {
    List<SegmentExpression> all = new ArrayList<>(first);
    all.addAll(second);
    return all;
  }
}
