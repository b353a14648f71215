package io.crmkit.scoring.segment.internal;

import io.crmkit.scoring.segment.ComparisonOperator;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Set;

/**
 * The tests that compiled field conditions run on a present value, of the Java type that the
 * field's type promises: literals converted once, lists sorted or hashed once.
 */
final class ValueTests {

  private ValueTests() {}

  /** A whole number compared with a literal, without boxing. */
  static Condition.ValueTest compareLong(ComparisonOperator operator, long literal) {
    return (value, bindings) ->
        accepts(operator, Long.compare(((Number) value).longValue(), literal));
  }

  /** A value of one Comparable type (text, decimal, boolean, date, instant) compared. */
  static Condition.ValueTest compare(ComparisonOperator operator, Comparable<Object> literal) {
    // compareTo, not equals, so that decimals 1.0 and 1.00 are equal, as in SQL
    return (value, bindings) -> accepts(operator, -Integer.signum(literal.compareTo(value)));
  }

  /** A whole number in (or not in) a list, by binary search. */
  static Condition.ValueTest longIn(long[] values, boolean negated) {
    long[] sorted = values.clone();
    Arrays.sort(sorted);
    return (value, bindings) ->
        negated != (Arrays.binarySearch(sorted, ((Number) value).longValue()) >= 0);
  }

  /** A text or choice in (or not in) a list. */
  static Condition.ValueTest textIn(Set<String> values, boolean negated) {
    Set<String> listed = Set.copyOf(values);
    return (value, bindings) -> negated != listed.contains(value);
  }

  /** A multi-valued text with (or without) an element in a list. */
  static Condition.ValueTest anyElementIn(Set<String> values, boolean negated) {
    Set<String> listed = Set.copyOf(values);
    return (value, bindings) -> {
      for (Object element : (Set<?>) value) {
        // the listed set refuses to look up null, which a subject's set may hold
        if (element instanceof String && listed.contains(element)) {
          return !negated;
        }
      }
      return negated;
    };
  }

  /** A value of another Comparable type in (or not in) a list, by comparison as in SQL. */
  static Condition.ValueTest orderedIn(Object[] values, boolean negated) {
    Object[] sorted = values.clone();
    Arrays.sort(sorted);
    // compareTo, not equals, so that decimals 1.0 and 1.00 are equal
    return (value, bindings) -> negated != (Arrays.binarySearch(sorted, value) >= 0);
  }

  /** A whole number between two bounds, both inclusive. */
  static Condition.ValueTest longBetween(long low, long high) {
    return (value, bindings) -> {
      long number = ((Number) value).longValue();
      return number >= low && number <= high;
    };
  }

  /** A value between two bounds of its type, both inclusive. */
  static Condition.ValueTest between(Comparable<Object> low, Comparable<Object> high) {
    return (value, bindings) -> low.compareTo(value) <= 0 && high.compareTo(value) >= 0;
  }

  /** A text that contains another. */
  static Condition.ValueTest contains(String text) {
    return (value, bindings) -> ((String) value).contains(text);
  }

  /** A text that starts with another. */
  static Condition.ValueTest startsWith(String text) {
    return (value, bindings) -> ((String) value).startsWith(text);
  }

  /** A multi-valued text that has an element. */
  static Condition.ValueTest hasElement(String element) {
    return (value, bindings) -> ((Set<?>) value).contains(element);
  }

  /** An instant inside the relative window of a slot. */
  static Condition.ValueTest instantWithin(int slot) {
    return (value, bindings) -> {
      Instant instant = (Instant) value;
      return !instant.isBefore(bindings.start(slot)) && !instant.isAfter(bindings.now);
    };
  }

  /** A date inside the relative window of a slot. */
  static Condition.ValueTest dateWithin(int slot) {
    return (value, bindings) -> {
      LocalDate date = (LocalDate) value;
      return !date.isBefore(bindings.startDate(slot)) && !date.isAfter(bindings.today);
    };
  }

  /** Whether a comparison result ({@code compareTo} sign) satisfies the operator. */
  private static boolean accepts(ComparisonOperator operator, int comparison) {
    return switch (operator) {
      case EQUAL -> comparison == 0;
      case NOT_EQUAL -> comparison != 0;
      case LESS -> comparison < 0;
      case LESS_OR_EQUAL -> comparison <= 0;
      case GREATER -> comparison > 0;
      case GREATER_OR_EQUAL -> comparison >= 0;
    };
  }
}
