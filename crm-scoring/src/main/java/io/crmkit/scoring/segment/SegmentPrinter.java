package io.crmkit.scoring.segment;

import static java.util.Objects.requireNonNull;

import io.crmkit.scoring.segment.SegmentExpression.And;
import io.crmkit.scoring.segment.SegmentExpression.Between;
import io.crmkit.scoring.segment.SegmentExpression.Comparison;
import io.crmkit.scoring.segment.SegmentExpression.Engaged;
import io.crmkit.scoring.segment.SegmentExpression.HasActivity;
import io.crmkit.scoring.segment.SegmentExpression.HasActivityWithin;
import io.crmkit.scoring.segment.SegmentExpression.HasTag;
import io.crmkit.scoring.segment.SegmentExpression.InList;
import io.crmkit.scoring.segment.SegmentExpression.InSegment;
import io.crmkit.scoring.segment.SegmentExpression.IsEmpty;
import io.crmkit.scoring.segment.SegmentExpression.Not;
import io.crmkit.scoring.segment.SegmentExpression.Or;
import io.crmkit.scoring.segment.SegmentExpression.TextMatch;
import io.crmkit.scoring.segment.SegmentExpression.WithinLast;
import io.crmkit.scoring.segment.internal.ExpressionShape;
import io.crmkit.scoring.segment.internal.LiteralText;
import java.util.List;

/**
 * The printer of the segment language: writes a {@link SegmentExpression} as canonical text:
 * lower-case keywords, single spaces, parentheses only where precedence needs them, texts escaped.
 * Reading the text back with {@link SegmentParser} (against a schema the expression fits) gives an
 * equal expression, and printing a parsed text again gives the same text.
 *
 * @since 0.1
 */
public final class SegmentPrinter {

  private SegmentPrinter() {}

  /**
   * Returns the canonical text of the expression.
   *
   * @param expression the expression, never null
   */
  public static String print(SegmentExpression expression) {
    requireNonNull(expression, "segment expression");
    return expression.accept(new TextWriter()).toString();
  }

  /** Appends the text of each kind of expression to one buffer. */
  private static final class TextWriter implements SegmentExpression.Visitor<StringBuilder> {

    private final StringBuilder out = new StringBuilder();

    @Override
    public StringBuilder visitAnd(And and) {
      return joined(and, and.operands(), " and ");
    }

    @Override
    public StringBuilder visitOr(Or or) {
      return joined(or, or.operands(), " or ");
    }

    @Override
    public StringBuilder visitNot(Not not) {
      out.append("not ");
      return operand(not, not.operand());
    }

    @Override
    public StringBuilder visitComparison(Comparison comparison) {
      return out.append(comparison.field())
          .append(' ')
          .append(comparison.operator().symbol())
          .append(' ')
          .append(LiteralText.of(comparison.value()));
    }

    @Override
    public StringBuilder visitInList(InList inList) {
      out.append(inList.field()).append(inList.negated() ? " not in (" : " in (");
      List<Literal> values = inList.values();
      for (int i = 0; i < values.size(); i++) {
        out.append(i == 0 ? "" : ", ").append(LiteralText.of(values.get(i)));
      }
      return out.append(')');
    }

    @Override
    public StringBuilder visitBetween(Between between) {
      return out.append(between.field())
          .append(" between ")
          .append(LiteralText.of(between.low()))
          .append(" and ")
          .append(LiteralText.of(between.high()));
    }

    @Override
    public StringBuilder visitTextMatch(TextMatch textMatch) {
      return out.append(textMatch.field())
          .append(' ')
          .append(textMatch.operator().spelling())
          .append(' ')
          .append(LiteralText.quote(textMatch.text()));
    }

    @Override
    public StringBuilder visitIsEmpty(IsEmpty isEmpty) {
      return out.append(isEmpty.field()).append(isEmpty.negated() ? " is not empty" : " is empty");
    }

    @Override
    public StringBuilder visitWithinLast(WithinLast withinLast) {
      return out.append(withinLast.field()).append(" within last ").append(withinLast.window());
    }

    @Override
    public StringBuilder visitHasTag(HasTag hasTag) {
      return out.append("has tag ").append(LiteralText.quote(hasTag.tag()));
    }

    @Override
    public StringBuilder visitHasActivity(HasActivity hasActivity) {
      return out.append("has activity ").append(LiteralText.quote(hasActivity.type()));
    }

    @Override
    public StringBuilder visitHasActivityWithin(HasActivityWithin hasActivityWithin) {
      return out.append("has activity ")
          .append(LiteralText.quote(hasActivityWithin.type()))
          .append(" within last ")
          .append(hasActivityWithin.window());
    }

    @Override
    public StringBuilder visitEngaged(Engaged engaged) {
      out.append(engaged.engagement().spelling())
          .append(" campaign ")
          .append(LiteralText.quote(engaged.campaign()));
      engaged.within().ifPresent(window -> out.append(" within last ").append(window));
      return out;
    }

    @Override
    public StringBuilder visitInSegment(InSegment inSegment) {
      return out.append("in segment ").append(LiteralText.quote(inSegment.name()));
    }

    private StringBuilder joined(
        SegmentExpression parent, List<SegmentExpression> operands, String connective) {
      for (int i = 0; i < operands.size(); i++) {
        if (i > 0) {
          out.append(connective);
        }
        operand(parent, operands.get(i));
      }
      return out;
    }

    private StringBuilder operand(SegmentExpression parent, SegmentExpression child) {
      if (ExpressionShape.needsParentheses(parent, child)) {
        out.append('(');
        child.accept(this);
        return out.append(')');
      }
      return child.accept(this);
    }
  }
}
