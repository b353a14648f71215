package io.crmkit.scoring.segment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A compiled node of a segment expression. {@link #test} answers in three-valued logic with the
 * plain ints {@link #FALSE}, {@link #TRUE} and {@link #UNKNOWN}, so that the hot path allocates
 * nothing.
 */
abstract class Condition {

  static final int FALSE = 0;
  static final int TRUE = 1;
  static final int UNKNOWN = 2;

  abstract int test(SegmentSubject subject, Bindings bindings);

  static int truth(boolean value) {
    return value ? TRUE : FALSE;
  }

  static final class AllOf extends Condition {
    private final Condition[] parts;

    AllOf(Condition[] parts) {
      this.parts = parts;
    }

    @Override
    int test(SegmentSubject subject, Bindings bindings) {
      int result = TRUE;
      for (Condition part : parts) {
        int truth = part.test(subject, bindings);
        if (truth == FALSE) {
          return FALSE;
        }
        if (truth == UNKNOWN) {
          result = UNKNOWN;
        }
      }
      return result;
    }
  }

  static final class AnyOf extends Condition {
    private final Condition[] parts;

    AnyOf(Condition[] parts) {
      this.parts = parts;
    }

    @Override
    int test(SegmentSubject subject, Bindings bindings) {
      int result = FALSE;
      for (Condition part : parts) {
        int truth = part.test(subject, bindings);
        if (truth == TRUE) {
          return TRUE;
        }
        if (truth == UNKNOWN) {
          result = UNKNOWN;
        }
      }
      return result;
    }
  }

  static final class Negation extends Condition {
    private final Condition operand;

    Negation(Condition operand) {
      this.operand = operand;
    }

    @Override
    int test(SegmentSubject subject, Bindings bindings) {
      int truth = operand.test(subject, bindings);
      return truth == UNKNOWN ? UNKNOWN : TRUE - truth;
    }
  }

  /** A condition on one field: unknown when the field has no value. */
  abstract static class OnField extends Condition {
    private final FieldAccess field;

    OnField(String field, FieldType type) {
      this.field = new FieldAccess(field, type);
    }

    @Override
    final int test(SegmentSubject subject, Bindings bindings) {
      @Nullable Object value = field.read(subject);
      return value == null ? UNKNOWN : truth(holds(value, bindings));
    }

    abstract boolean holds(Object value, Bindings bindings);
  }

  static final class LongComparison extends OnField {
    private final ComparisonOperator operator;
    private final long literal;

    LongComparison(String field, ComparisonOperator operator, long literal) {
      super(field, FieldType.NUMBER);
      this.operator = operator;
      this.literal = literal;
    }

    @Override
    boolean holds(Object value, Bindings bindings) {
      return operator.accepts(Long.compare(((Number) value).longValue(), literal));
    }
  }

  /** Compares values of one Comparable type (text, decimal, boolean, date, instant). */
  static final class OrderedComparison extends OnField {
    private final ComparisonOperator operator;
    private final Comparable<Object> literal;

    OrderedComparison(
        String field, FieldType type, ComparisonOperator operator, Comparable<Object> literal) {
      super(field, type);
      this.operator = operator;
      this.literal = literal;
    }

    @Override
    boolean holds(Object value, Bindings bindings) {
      // compareTo, not equals, so that decimals 1.0 and 1.00 are equal, as in SQL
      return operator.accepts(-Integer.signum(literal.compareTo(value)));
    }
  }

  static final class LongIn extends OnField {
    private final long[] sorted;
    private final boolean negated;

    LongIn(String field, long[] values, boolean negated) {
      super(field, FieldType.NUMBER);
      this.sorted = values.clone();
      Arrays.sort(this.sorted);
      this.negated = negated;
    }

    @Override
    boolean holds(Object value, Bindings bindings) {
      return negated != (Arrays.binarySearch(sorted, ((Number) value).longValue()) >= 0);
    }
  }

  /** {@code in} over text or a choice; on a multi-valued field, any element counts. */
  static final class TextIn extends OnField {
    private final Set<String> listed;
    private final boolean negated;
    private final boolean multiValued;

    TextIn(String field, FieldType type, Set<String> values, boolean negated) {
      super(field, type);
      this.listed = Set.copyOf(values);
      this.negated = negated;
      this.multiValued = type == FieldType.TEXT_SET;
    }

    @Override
    boolean holds(Object value, Bindings bindings) {
      return negated != (multiValued ? anyElementListed((Set<?>) value) : listed.contains(value));
    }

    private boolean anyElementListed(Set<?> elements) {
      for (Object element : elements) {
        // the listed set refuses to look up null, which a subject's set may hold
        if (element instanceof String && listed.contains(element)) {
          return true;
        }
      }
      return false;
    }
  }

  /** {@code in} over a Comparable type other than text, by comparison as in SQL. */
  static final class OrderedIn extends OnField {
    private final Object[] sorted;
    private final boolean negated;

    OrderedIn(String field, FieldType type, Object[] values, boolean negated) {
      super(field, type);
      this.sorted = values.clone();
      Arrays.sort(this.sorted);
      this.negated = negated;
    }

    @Override
    boolean holds(Object value, Bindings bindings) {
      // compareTo, not equals, so that decimals 1.0 and 1.00 are equal
      return negated != (Arrays.binarySearch(sorted, value) >= 0);
    }
  }

  static final class LongBetween extends OnField {
    private final long low;
    private final long high;

    LongBetween(String field, long low, long high) {
      super(field, FieldType.NUMBER);
      this.low = low;
      this.high = high;
    }

    @Override
    boolean holds(Object value, Bindings bindings) {
      long number = ((Number) value).longValue();
      return number >= low && number <= high;
    }
  }

  static final class OrderedBetween extends OnField {
    private final Comparable<Object> low;
    private final Comparable<Object> high;

    OrderedBetween(String field, FieldType type, Comparable<Object> low, Comparable<Object> high) {
      super(field, type);
      this.low = low;
      this.high = high;
    }

    @Override
    boolean holds(Object value, Bindings bindings) {
      return low.compareTo(value) <= 0 && high.compareTo(value) >= 0;
    }
  }

  static final class TextContains extends OnField {
    private final String text;

    TextContains(String field, String text) {
      super(field, FieldType.TEXT);
      this.text = text;
    }

    @Override
    boolean holds(Object value, Bindings bindings) {
      return ((String) value).contains(text);
    }
  }

  static final class TextStartsWith extends OnField {
    private final String text;

    TextStartsWith(String field, String text) {
      super(field, FieldType.TEXT);
      this.text = text;
    }

    @Override
    boolean holds(Object value, Bindings bindings) {
      return ((String) value).startsWith(text);
    }
  }

  static final class SetContains extends OnField {
    private final String element;

    SetContains(String field, String element) {
      super(field, FieldType.TEXT_SET);
      this.element = element;
    }

    @Override
    boolean holds(Object value, Bindings bindings) {
      return ((Set<?>) value).contains(element);
    }
  }

  static final class InstantWithin extends OnField {
    private final int slot;

    InstantWithin(String field, int slot) {
      super(field, FieldType.INSTANT);
      this.slot = slot;
    }

    @Override
    boolean holds(Object value, Bindings bindings) {
      Instant instant = (Instant) value;
      return !instant.isBefore(bindings.start(slot)) && !instant.isAfter(bindings.now);
    }
  }

  static final class DateWithin extends OnField {
    private final int slot;

    DateWithin(String field, int slot) {
      super(field, FieldType.DATE);
      this.slot = slot;
    }

    @Override
    boolean holds(Object value, Bindings bindings) {
      LocalDate date = (LocalDate) value;
      return !date.isBefore(bindings.startDate(slot)) && !date.isAfter(bindings.today);
    }
  }

  /** {@code is empty}: never unknown; an empty text is empty too. */
  static final class Emptiness extends Condition {
    private final FieldAccess field;
    private final boolean negated;

    Emptiness(String field, FieldType type, boolean negated) {
      this.field = new FieldAccess(field, type);
      this.negated = negated;
    }

    @Override
    int test(SegmentSubject subject, Bindings bindings) {
      @Nullable Object value = field.read(subject);
      boolean empty = value == null || (value instanceof String text && text.isEmpty());
      return truth(negated != empty);
    }
  }

  static final class Tagged extends Condition {
    private final String tag;

    Tagged(String tag) {
      this.tag = tag;
    }

    @Override
    int test(SegmentSubject subject, Bindings bindings) {
      return truth(subject.tags().contains(tag));
    }
  }

  static final class ActivityEver extends Condition {
    private final String type;

    ActivityEver(String type) {
      this.type = type;
    }

    @Override
    int test(SegmentSubject subject, Bindings bindings) {
      return truth(subject.hasActivity(type));
    }
  }

  static final class ActivityWithin extends Condition {
    private final String type;
    private final int slot;

    ActivityWithin(String type, int slot) {
      this.type = type;
      this.slot = slot;
    }

    @Override
    int test(SegmentSubject subject, Bindings bindings) {
      return truth(subject.hasActivityBetween(type, bindings.start(slot), bindings.now));
    }
  }

  static final class Membership extends Condition {
    private final String segment;

    Membership(String segment) {
      this.segment = segment;
    }

    @Override
    int test(SegmentSubject subject, Bindings bindings) {
      return truth(bindings.resolver.isMember(segment, subject));
    }
  }
}
