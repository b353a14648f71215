package io.crmkit.scoring.segment.internal;

import static com.google.common.base.Preconditions.checkArgument;

import io.crmkit.scoring.segment.SegmentExpression;
import io.crmkit.scoring.segment.SegmentExpression.And;
import io.crmkit.scoring.segment.SegmentExpression.Between;
import io.crmkit.scoring.segment.SegmentExpression.Comparison;
import io.crmkit.scoring.segment.SegmentExpression.InList;
import io.crmkit.scoring.segment.SegmentExpression.InSegment;
import io.crmkit.scoring.segment.SegmentExpression.Not;
import io.crmkit.scoring.segment.SegmentExpression.Or;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Measures an expression as the limits of {@link SegmentExpression} count it: its nodes (every
 * connective, condition and literal value counts one) and its nesting as the text form shows it
 * (one level per {@code not} and per pair of parentheses). The walk uses no recursion, so that it
 * measures whatever it is handed; the connectives check their measure when they are built, so that
 * recursion over a built expression (equality, hashing, printing, compiling, translating) stays
 * within about twice the nesting limit.
 */
public final class ExpressionShape {

  /**
   * The measure of an expression.
   *
   * @param nodes how many nodes it has
   * @param depth how deeply it nests
   * @param references every {@code in segment} in it, with the nesting it sits at
   */
  public record Size(long nodes, int depth, List<Reference> references) {}

  /**
   * An {@code in segment} condition and the nesting it sits at.
   *
   * @param name the segment it names
   * @param depth the levels of nesting around it
   */
  public record Reference(String name, int depth) {}

  private record Visit(SegmentExpression expression, int depth) {}

  private ExpressionShape() {}

  /** Returns the measure of an expression. */
  public static Size of(SegmentExpression expression) {
    long nodes = 0;
    int deepest = 0;
    List<Reference> references = new ArrayList<>();
    Deque<Visit> pending = new ArrayDeque<>();
    pending.push(new Visit(expression, 0));
    while (!pending.isEmpty()) {
      Visit visit = pending.pop();
      SegmentExpression node = visit.expression();
      nodes += ownNodes(node);
      deepest = Math.max(deepest, visit.depth());
      if (node instanceof InSegment reference) {
        references.add(new Reference(reference.name(), visit.depth()));
      }
      for (SegmentExpression child : children(node)) {
        pending.push(new Visit(child, childDepth(node, child, visit.depth())));
      }
    }
    return new Size(nodes, deepest, references);
  }

  /**
   * Checks a connective about to be built from its operands against {@link
   * SegmentExpression#MAX_NODES} and {@link SegmentExpression#MAX_DEPTH}.
   *
   * @param connective {@code "and"}, {@code "or"} or {@code "not"}
   * @throws IllegalArgumentException naming the limit and the expression's measure
   */
  public static void checkConnective(String connective, List<SegmentExpression> operands) {
    long nodes = 1;
    int depth = connective.equals("not") ? 1 : 0;
    for (SegmentExpression operand : operands) {
      Size size = of(operand);
      nodes += size.nodes();
      depth =
          Math.max(
              depth,
              size.depth()
                  + (connective.equals("not") ? 1 : 0)
                  + (needsParentheses(connective, operand) ? 1 : 0));
    }
    check(nodes, depth);
  }

  /**
   * Checks a measure against {@link SegmentExpression#MAX_NODES} and {@link
   * SegmentExpression#MAX_DEPTH}.
   *
   * @throws IllegalArgumentException naming the limit and the measure
   */
  public static void check(long nodes, int depth) {
    checkArgument(
        nodes <= SegmentExpression.MAX_NODES,
        "segment expression has %s nodes, more than the limit of %s (every 'and', 'or', 'not',"
            + " condition and value counts one)",
        nodes,
        SegmentExpression.MAX_NODES);
    checkArgument(
        depth <= SegmentExpression.MAX_DEPTH,
        "segment expression is nested %s levels deep, more than the limit of %s (every 'not' and"
            + " every pair of parentheses counts one)",
        depth,
        SegmentExpression.MAX_DEPTH);
  }

  /** Whether the child of a connective needs parentheses in the text form. */
  public static boolean needsParentheses(SegmentExpression parent, SegmentExpression child) {
    return needsParentheses(connective(parent), child);
  }

  private static boolean needsParentheses(String connective, SegmentExpression child) {
    return switch (connective) {
      case "and", "not" -> child instanceof And || child instanceof Or;
      case "or" -> child instanceof Or;
      default -> false;
    };
  }

  private static String connective(SegmentExpression expression) {
    if (expression instanceof And) {
      return "and";
    }
    if (expression instanceof Or) {
      return "or";
    }
    return expression instanceof Not ? "not" : "";
  }

  private static int childDepth(SegmentExpression parent, SegmentExpression child, int depth) {
    return depth + (parent instanceof Not ? 1 : 0) + (needsParentheses(parent, child) ? 1 : 0);
  }

  private static List<SegmentExpression> children(SegmentExpression expression) {
    if (expression instanceof And and) {
      return and.operands();
    }
    if (expression instanceof Or or) {
      return or.operands();
    }
    if (expression instanceof Not not) {
      return List.of(not.operand());
    }
    return List.of();
  }

  private static int ownNodes(SegmentExpression expression) {
    if (expression instanceof Comparison) {
      return 2;
    }
    if (expression instanceof Between) {
      return 3;
    }
    if (expression instanceof InList inList) {
      return 1 + inList.values().size();
    }
    return 1;
  }
}
