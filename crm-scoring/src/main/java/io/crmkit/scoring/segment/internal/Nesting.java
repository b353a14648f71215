package io.crmkit.scoring.segment.internal;

import static com.google.common.base.Preconditions.checkArgument;

import io.crmkit.scoring.segment.SegmentExpression;
import io.crmkit.scoring.segment.SegmentExpression.And;
import io.crmkit.scoring.segment.SegmentExpression.Not;
import io.crmkit.scoring.segment.SegmentExpression.Or;
import io.crmkit.scoring.segment.SegmentParser;

/**
 * Measures nesting as the text form shows it, one level per {@code not} and per pair of
 * parentheses, so that the printer and the compiler accept exactly the expressions whose text the
 * parser reads back, and recursion over an accepted expression cannot exhaust the stack.
 */
public final class Nesting {

  private Nesting() {}

  /** Rejects an expression nested deeper than {@link SegmentParser#MAX_DEPTH}. */
  public static void check(SegmentExpression expression) {
    checkArgument(
        fits(expression, 0),
        "segment expression nested deeper than %s levels of parentheses and 'not'",
        SegmentParser.MAX_DEPTH);
  }

  /** Whether the child of a connective needs parentheses in the text form. */
  public static boolean needsParentheses(SegmentExpression parent, SegmentExpression child) {
    if (parent instanceof And || parent instanceof Not) {
      return child instanceof And || child instanceof Or;
    }
    if (parent instanceof Or) {
      return child instanceof Or;
    }
    return false;
  }

  // every level of And/Or/Not below an And or Or adds nesting at least every second step, so the
  // recursion stops within about twice the limit
  private static boolean fits(SegmentExpression expression, int depth) {
    if (depth > SegmentParser.MAX_DEPTH) {
      return false;
    }
    if (expression instanceof Not not) {
      return fits(not.operand(), childDepth(not, not.operand(), depth + 1));
    }
    if (expression instanceof And and) {
      return and.operands().stream().allMatch(child -> fits(child, childDepth(and, child, depth)));
    }
    if (expression instanceof Or or) {
      return or.operands().stream().allMatch(child -> fits(child, childDepth(or, child, depth)));
    }
    return true;
  }

  private static int childDepth(SegmentExpression parent, SegmentExpression child, int depth) {
    return needsParentheses(parent, child) ? depth + 1 : depth;
  }
}
