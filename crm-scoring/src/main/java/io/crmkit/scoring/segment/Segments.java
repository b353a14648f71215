package io.crmkit.scoring.segment;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.Arrays;
import java.util.List;

/**
 * The fluent way to build a {@link SegmentExpression} in code:
 *
 * <pre>{@code
 * Segments.field("country").in("DE", "AT")
 *     .and(Segments.hasTag("vip"))
 *     .and(Segments.field("createdAt").withinLast(30, WindowUnit.DAYS))
 * }</pre>
 *
 * <p>The builder checks shapes (names, sizes); types are checked when the expression is compiled
 * against a schema with {@link SegmentFilter#compile}.
 *
 * @since 0.1
 */
public final class Segments {

  private Segments() {}

  /** Starts a condition on the named field. */
  public static Field field(String name) {
    return new Field(name);
  }

  /** A subject that carries the tag. */
  public static SegmentExpression hasTag(String tag) {
    return new SegmentExpression.HasTag(tag);
  }

  /** A subject that has ever had an activity of the type. */
  public static SegmentExpression hasActivity(String type) {
    return new SegmentExpression.HasActivity(type);
  }

  /** A subject that had an activity of the type in the last {@code amount} units. */
  public static SegmentExpression hasActivityWithin(String type, long amount, WindowUnit unit) {
    return new SegmentExpression.HasActivityWithin(type, RelativeWindow.of(amount, unit));
  }

  /**
   * A subject that ever received, opened or clicked a message of the named campaign: {@code
   * engaged(CampaignEngagement.OPENED, "Spring sale")}.
   */
  public static SegmentExpression engaged(CampaignEngagement engagement, String campaign) {
    return new SegmentExpression.Engaged(engagement, campaign, null);
  }

  /**
   * A subject that received, opened or clicked a message of the named campaign in the last {@code
   * amount} units.
   */
  public static SegmentExpression engagedWithin(
      CampaignEngagement engagement, String campaign, long amount, WindowUnit unit) {
    return new SegmentExpression.Engaged(engagement, campaign, RelativeWindow.of(amount, unit));
  }

  /** A subject that belongs to the named segment. */
  public static SegmentExpression inSegment(String name) {
    return new SegmentExpression.InSegment(name);
  }

  /** The negation of an expression. */
  public static SegmentExpression not(SegmentExpression expression) {
    return new SegmentExpression.Not(expression);
  }

  /** The conjunction of two or more expressions, as one flat {@code and}. */
  public static SegmentExpression allOf(
      SegmentExpression first, SegmentExpression second, SegmentExpression... more) {
    return new SegmentExpression.And(operands(first, second, more));
  }

  /** The disjunction of two or more expressions, as one flat {@code or}. */
  public static SegmentExpression anyOf(
      SegmentExpression first, SegmentExpression second, SegmentExpression... more) {
    return new SegmentExpression.Or(operands(first, second, more));
  }

  private static List<SegmentExpression> operands(
      SegmentExpression first, SegmentExpression second, SegmentExpression[] more) {
    requireNonNull(more, "more expressions");
    return ImmutableList.<SegmentExpression>builder()
        .add(first, second)
        .addAll(Arrays.asList(more))
        .build();
  }

  /**
   * A field named in a condition under construction; each method returns the finished condition.
   *
   * @since 0.1
   */
  public static final class Field {

    private final String name;

    private Field(String name) {
      requireNonNull(name, "field name");
      this.name = name;
    }

    /** {@code field = value}. */
    public SegmentExpression equalTo(Literal value) {
      return compare(ComparisonOperator.EQUAL, value);
    }

    /** {@code field = "text"}. */
    public SegmentExpression equalTo(String value) {
      return equalTo(Literal.of(value));
    }

    /** {@code field = number}. */
    public SegmentExpression equalTo(long value) {
      return equalTo(Literal.of(value));
    }

    /** {@code field = true} or {@code false}. */
    public SegmentExpression equalTo(boolean value) {
      return equalTo(Literal.of(value));
    }

    /** {@code field != value}. */
    public SegmentExpression notEqualTo(Literal value) {
      return compare(ComparisonOperator.NOT_EQUAL, value);
    }

    /** {@code field != "text"}. */
    public SegmentExpression notEqualTo(String value) {
      return notEqualTo(Literal.of(value));
    }

    /** {@code field < value}. */
    public SegmentExpression lessThan(Literal value) {
      return compare(ComparisonOperator.LESS, value);
    }

    /** {@code field < number}. */
    public SegmentExpression lessThan(long value) {
      return lessThan(Literal.of(value));
    }

    /** {@code field <= value}. */
    public SegmentExpression atMost(Literal value) {
      return compare(ComparisonOperator.LESS_OR_EQUAL, value);
    }

    /** {@code field <= number}. */
    public SegmentExpression atMost(long value) {
      return atMost(Literal.of(value));
    }

    /** {@code field > value}. */
    public SegmentExpression greaterThan(Literal value) {
      return compare(ComparisonOperator.GREATER, value);
    }

    /** {@code field > number}. */
    public SegmentExpression greaterThan(long value) {
      return greaterThan(Literal.of(value));
    }

    /** {@code field >= value}. */
    public SegmentExpression atLeast(Literal value) {
      return compare(ComparisonOperator.GREATER_OR_EQUAL, value);
    }

    /** {@code field >= number}. */
    public SegmentExpression atLeast(long value) {
      return atLeast(Literal.of(value));
    }

    /** {@code field between low and high}, both inclusive. */
    public SegmentExpression between(Literal low, Literal high) {
      return new SegmentExpression.Between(name, low, high);
    }

    /** {@code field between low and high} for whole numbers, both inclusive. */
    public SegmentExpression between(long low, long high) {
      return between(Literal.of(low), Literal.of(high));
    }

    /** {@code field in (values)}. */
    public SegmentExpression in(Literal... values) {
      return new SegmentExpression.InList(name, List.of(values), false);
    }

    /** {@code field in ("text", ...)}. */
    public SegmentExpression in(String... values) {
      return new SegmentExpression.InList(name, texts(values), false);
    }

    /** {@code field in (number, ...)}. */
    public SegmentExpression in(long... values) {
      return new SegmentExpression.InList(name, numbers(values), false);
    }

    /** {@code field not in (values)}. */
    public SegmentExpression notIn(Literal... values) {
      return new SegmentExpression.InList(name, List.of(values), true);
    }

    /** {@code field not in ("text", ...)}. */
    public SegmentExpression notIn(String... values) {
      return new SegmentExpression.InList(name, texts(values), true);
    }

    /** {@code field not in (number, ...)}. */
    public SegmentExpression notIn(long... values) {
      return new SegmentExpression.InList(name, numbers(values), true);
    }

    /** {@code field contains "text"}. */
    public SegmentExpression contains(String text) {
      return new SegmentExpression.TextMatch(name, TextOperator.CONTAINS, text);
    }

    /** {@code field starts with "text"}. */
    public SegmentExpression startsWith(String text) {
      return new SegmentExpression.TextMatch(name, TextOperator.STARTS_WITH, text);
    }

    /** {@code field is empty}. */
    public SegmentExpression isEmpty() {
      return new SegmentExpression.IsEmpty(name, false);
    }

    /** {@code field is not empty}. */
    public SegmentExpression isNotEmpty() {
      return new SegmentExpression.IsEmpty(name, true);
    }

    /** {@code field within last amount unit}. */
    public SegmentExpression withinLast(long amount, WindowUnit unit) {
      return new SegmentExpression.WithinLast(name, RelativeWindow.of(amount, unit));
    }

    private SegmentExpression compare(ComparisonOperator operator, Literal value) {
      return new SegmentExpression.Comparison(name, operator, value);
    }

    private static List<Literal> texts(String... values) {
      requireNonNull(values, "values");
      return Arrays.stream(values).map(Literal::of).toList();
    }

    private static List<Literal> numbers(long... values) {
      requireNonNull(values, "values");
      return Arrays.stream(values).mapToObj(Literal::of).toList();
    }
  }
}
