package io.crmkit.scoring.segment;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.crmkit.scoring.segment.internal.ExpressionShape;
import io.crmkit.scoring.segment.internal.Keywords;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A condition that decides whether a subject belongs to a dynamic segment: a typed, immutable tree
 * of boolean connectives ({@link And}, {@link Or}, {@link Not}) over field conditions, tags,
 * activities and other segments.
 *
 * <p>Build one with {@link Segments} or read one with {@link SegmentParser}; walk it with a {@link
 * Visitor}. The records check their own shape (names, sizes, non-null parts) but not types: a
 * {@link SegmentSchema} does that when the expression is parsed or compiled.
 *
 * <p>An expression has at most {@value #MAX_NODES} nodes (every {@code and}, {@code or}, {@code
 * not}, condition and literal value counts one: {@code country in ("DE", "AT")} is three) and nests
 * at most {@value #MAX_DEPTH} levels deep (every {@code not} and every pair of parentheses that its
 * text needs counts one). {@link And}, {@link Or} and {@link Not} check both when they are built,
 * so that no expression a host or a user writes can exhaust the stack of the code that walks it.
 * {@code in segment} may reach through at most {@value #MAX_REFERENCE_DEPTH} levels of segments,
 * and an expression with every segment it names written out in place must keep both limits; the
 * segment service checks that when a segment is defined, and every evaluation before it starts.
 *
 * @since 0.1
 */
public sealed interface SegmentExpression
    permits SegmentExpression.And,
        SegmentExpression.Or,
        SegmentExpression.Not,
        SegmentExpression.Comparison,
        SegmentExpression.InList,
        SegmentExpression.Between,
        SegmentExpression.TextMatch,
        SegmentExpression.IsEmpty,
        SegmentExpression.WithinLast,
        SegmentExpression.HasTag,
        SegmentExpression.HasActivity,
        SegmentExpression.HasActivityWithin,
        SegmentExpression.Engaged,
        SegmentExpression.InSegment {

  /** The most values an {@code in} list may hold. */
  int MAX_LIST_SIZE = 1000;

  /** The most nodes an expression may have: connectives, conditions and literal values. */
  int MAX_NODES = 2000;

  /** The deepest nesting an expression may have: {@code not}s and pairs of parentheses. */
  int MAX_DEPTH = 200;

  /** The most levels of segments that {@code in segment} may reach through. */
  int MAX_REFERENCE_DEPTH = 10;

  /** The longest tag, activity type, campaign or segment name. */
  int MAX_NAME_LENGTH = 200;

  /** Calls the visitor's method for this kind of expression. */
  <R> R accept(Visitor<R> visitor);

  /**
   * Returns the conjunction of this and {@code other}; when this is already an {@link And}, other
   * joins its operands, so that chained calls build one flat conjunction.
   */
  default SegmentExpression and(SegmentExpression other) {
    requireNonNull(other, "other expression");
    if (this instanceof And and) {
      return new And(
          ImmutableList.<SegmentExpression>builder().addAll(and.operands()).add(other).build());
    }
    return new And(List.of(this, other));
  }

  /**
   * Returns the disjunction of this and {@code other}; when this is already an {@link Or}, other
   * joins its operands, so that chained calls build one flat disjunction.
   */
  default SegmentExpression or(SegmentExpression other) {
    requireNonNull(other, "other expression");
    if (this instanceof Or or) {
      return new Or(
          ImmutableList.<SegmentExpression>builder().addAll(or.operands()).add(other).build());
    }
    return new Or(List.of(this, other));
  }

  /**
   * An operation over every kind of expression, so that code walking an expression (the printer,
   * the compiler, a database translation) handles each kind and the compiler tells when one is
   * added.
   *
   * @param <R> the result type
   * @since 0.1
   */
  interface Visitor<R> {
    /** Returns the result for a conjunction. */
    R visitAnd(And and);

    /** Returns the result for a disjunction. */
    R visitOr(Or or);

    /** Returns the result for a negation. */
    R visitNot(Not not);

    /** Returns the result for a comparison with one literal. */
    R visitComparison(Comparison comparison);

    /** Returns the result for a test of membership in a list of literals. */
    R visitInList(InList inList);

    /** Returns the result for a range test. */
    R visitBetween(Between between);

    /** Returns the result for a text match. */
    R visitTextMatch(TextMatch textMatch);

    /** Returns the result for an emptiness test. */
    R visitIsEmpty(IsEmpty isEmpty);

    /** Returns the result for a relative time window test. */
    R visitWithinLast(WithinLast withinLast);

    /** Returns the result for a tag test. */
    R visitHasTag(HasTag hasTag);

    /** Returns the result for an activity test. */
    R visitHasActivity(HasActivity hasActivity);

    /** Returns the result for an activity test within a time window. */
    R visitHasActivityWithin(HasActivityWithin hasActivityWithin);

    /** Returns the result for a campaign engagement test. */
    R visitEngaged(Engaged engaged);

    /** Returns the result for a reference to another segment. */
    R visitInSegment(InSegment inSegment);
  }

  /**
   * True when every operand is true: {@code a and b and c}.
   *
   * @param operands two or more expressions, never null; within the limits once joined
   * @since 0.1
   */
  record And(List<SegmentExpression> operands) implements SegmentExpression {
    /** Creates an {@code And}, checking its components as the type's comment describes. */
    public And {
      operands = checkOperands(operands, "and");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitAnd(this);
    }
  }

  /**
   * True when any operand is true: {@code a or b or c}.
   *
   * @param operands two or more expressions, never null; within the limits once joined
   * @since 0.1
   */
  record Or(List<SegmentExpression> operands) implements SegmentExpression {
    /** Creates an {@code Or}, checking its components as the type's comment describes. */
    public Or {
      operands = checkOperands(operands, "or");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitOr(this);
    }
  }

  /**
   * True when the operand is false (and unknown when it is unknown): {@code not a}.
   *
   * @param operand the negated expression, never null; within the limits once negated
   * @since 0.1
   */
  record Not(SegmentExpression operand) implements SegmentExpression {
    /** Creates a {@code Not}, checking its components as the type's comment describes. */
    public Not {
      requireNonNull(operand, "negated expression");
      ExpressionShape.checkConnective("not", List.of(operand));
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitNot(this);
    }
  }

  /**
   * A field compared with a literal: {@code orderCount >= 3}.
   *
   * @param field the field name, never null
   * @param operator the comparison, never null
   * @param value the literal, never null
   * @since 0.1
   */
  record Comparison(String field, ComparisonOperator operator, Literal value)
      implements SegmentExpression {
    /** Creates a {@code Comparison}, checking its components as the type's comment describes. */
    public Comparison {
      checkField(field);
      requireNonNull(operator, "operator");
      requireNonNull(value, "value");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitComparison(this);
    }
  }

  /**
   * A field whose value is (or, negated, is not) one of a list: {@code country in ("DE", "AT")}.
   *
   * @param field the field name, never null
   * @param values 1 to 1,000 literals, never null
   * @param negated true for {@code not in}
   * @since 0.1
   */
  record InList(String field, List<Literal> values, boolean negated) implements SegmentExpression {
    /** Creates an {@code InList}, checking its components as the type's comment describes. */
    public InList {
      checkField(field);
      requireNonNull(values, "values");
      checkArgument(
          !values.isEmpty() && values.size() <= MAX_LIST_SIZE,
          "an in list of field '%s' needs 1 to %s values: %s",
          field,
          MAX_LIST_SIZE,
          values.size());
      values = ImmutableList.copyOf(values);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitInList(this);
    }
  }

  /**
   * A field whose value lies between two literals, both inclusive: {@code score between 10 and 20}.
   *
   * @param field the field name, never null
   * @param low the lower bound, never null
   * @param high the upper bound, never null; not less than the lower one (checked with the type)
   * @since 0.1
   */
  record Between(String field, Literal low, Literal high) implements SegmentExpression {
    /** Creates a {@code Between}, checking its components as the type's comment describes. */
    public Between {
      checkField(field);
      requireNonNull(low, "lower bound");
      requireNonNull(high, "upper bound");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitBetween(this);
    }
  }

  /**
   * A text field that contains or starts with a non-empty text, case-sensitively: {@code email
   * contains "@example."}; on a multi-valued field, {@code contains} means "has this element".
   *
   * @param field the field name, never null
   * @param operator contains or starts with, never null
   * @param text 1 to 1,000 characters, never null
   * @since 0.1
   */
  record TextMatch(String field, TextOperator operator, String text) implements SegmentExpression {
    /** Creates a {@code TextMatch}, checking its components as the type's comment describes. */
    public TextMatch {
      checkField(field);
      requireNonNull(operator, "operator");
      requireNonNull(text, "text");
      checkArgument(
          !text.isEmpty() && text.length() <= Literal.TextLiteral.MAX_LENGTH,
          "the text after '%s' must be 1 to %s characters: '%s'",
          operator.spelling(),
          Literal.TextLiteral.MAX_LENGTH,
          text.substring(0, Math.min(text.length(), 40)));
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitTextMatch(this);
    }
  }

  /**
   * A field that has no value (or, negated, has one): {@code city is empty}. Never unknown.
   *
   * @param field the field name, never null
   * @param negated true for {@code is not empty}
   * @since 0.1
   */
  record IsEmpty(String field, boolean negated) implements SegmentExpression {
    /** Creates an {@code IsEmpty}, checking its components as the type's comment describes. */
    public IsEmpty {
      checkField(field);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitIsEmpty(this);
    }
  }

  /**
   * A date or instant field inside a relative window: {@code createdAt within last 30 days}.
   *
   * @param field the field name, never null
   * @param window the window, never null
   * @since 0.1
   */
  record WithinLast(String field, RelativeWindow window) implements SegmentExpression {
    /** Creates a {@code WithinLast}, checking its components as the type's comment describes. */
    public WithinLast {
      checkField(field);
      requireNonNull(window, "window");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitWithinLast(this);
    }
  }

  /**
   * A subject that carries a tag: {@code has tag "vip"}.
   *
   * @param tag the tag, 1 to 200 characters, not blank
   * @since 0.1
   */
  record HasTag(String tag) implements SegmentExpression {
    /** Creates a {@code HasTag}, checking its components as the type's comment describes. */
    public HasTag {
      checkName(tag, "tag");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitHasTag(this);
    }
  }

  /**
   * A subject with at least one activity of a type, ever: {@code has activity "email_click"}.
   *
   * @param type the activity type, 1 to 200 characters, not blank
   * @since 0.1
   */
  record HasActivity(String type) implements SegmentExpression {
    /** Creates a {@code HasActivity}, checking its components as the type's comment describes. */
    public HasActivity {
      checkName(type, "activity type");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitHasActivity(this);
    }
  }

  /**
   * A subject with at least one activity of a type inside a relative window: {@code has activity
   * "email_click" within last 14 days}.
   *
   * @param type the activity type, 1 to 200 characters, not blank
   * @param window the window, never null
   * @since 0.1
   */
  record HasActivityWithin(String type, RelativeWindow window) implements SegmentExpression {
    /**
     * Creates a {@code HasActivityWithin}, checking its components as the type's comment describes.
     */
    public HasActivityWithin {
      checkName(type, "activity type");
      requireNonNull(window, "window");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitHasActivityWithin(this);
    }
  }

  /**
   * A subject that received, opened or clicked a campaign's message, ever or inside a relative
   * window: {@code opened campaign "Spring sale" within last 30 days}. The campaign is named by its
   * name in the tenant. Never unknown.
   *
   * <p>A window holds the engagements the provider dates at or after its start, including any it
   * dates after the evaluation's instant (a provider's clock runs a little ahead now and then): the
   * test is whether the most recent such engagement is that recent.
   *
   * @param engagement what the subject did with the message, never null
   * @param campaign the campaign's name, 1 to 200 characters, not blank
   * @param window how recent the engagement must be; null for ever
   * @since 0.1
   */
  record Engaged(CampaignEngagement engagement, String campaign, @Nullable RelativeWindow window)
      implements SegmentExpression {
    /** Creates an {@code Engaged}, checking its components as the type's comment describes. */
    public Engaged {
      requireNonNull(engagement, "engagement");
      checkName(campaign, "campaign name");
    }

    /** Returns the window, or empty for an engagement at any time. */
    public Optional<RelativeWindow> within() {
      return Optional.ofNullable(window);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitEngaged(this);
    }
  }

  /**
   * A subject that belongs to another segment, as the evaluation's {@link SegmentResolver} says:
   * {@code in segment "champions"}.
   *
   * @param name the segment name, 1 to 200 characters, not blank
   * @since 0.1
   */
  record InSegment(String name) implements SegmentExpression {
    /** Creates an {@code InSegment}, checking its components as the type's comment describes. */
    public InSegment {
      checkName(name, "segment name");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitInSegment(this);
    }
  }

  private static List<SegmentExpression> checkOperands(
      List<SegmentExpression> operands, String connective) {
    requireNonNull(operands, "operands");
    checkArgument(
        operands.size() >= 2, "'%s' needs at least two operands: %s", connective, operands.size());
    List<SegmentExpression> copy = ImmutableList.copyOf(operands);
    ExpressionShape.checkConnective(connective, copy);
    return copy;
  }

  private static void checkField(String field) {
    requireNonNull(field, "field name");
    checkArgument(
        FieldDefinition.isValidName(field) && !Keywords.isReserved(field),
        "invalid field name: '%s'",
        field);
  }

  private static void checkName(String name, String what) {
    requireNonNull(name, what);
    checkArgument(
        !name.isBlank() && name.length() <= MAX_NAME_LENGTH,
        "%s must be 1 to %s characters and not blank: '%s'",
        what,
        MAX_NAME_LENGTH,
        name.substring(0, Math.min(name.length(), 40)));
  }
}
