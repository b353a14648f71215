package io.crmkit.scoring.segment.internal;

import io.crmkit.scoring.segment.FieldType;
import io.crmkit.scoring.segment.SegmentSubject;
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

  /** What a condition on a field asks of its value, which is present: never null. */
  @FunctionalInterface
  interface ValueTest {
    boolean holds(Object value, Bindings bindings);
  }

  /** What a condition asks of the subject itself, which always has an answer. */
  @FunctionalInterface
  interface SubjectTest {
    boolean holds(SegmentSubject subject, Bindings bindings);
  }

  /** True when every part is true, false when any is false, otherwise unknown. */
  static Condition allOf(Condition[] parts) {
    return new Junction(parts, FALSE);
  }

  /** True when any part is true, false when every part is false, otherwise unknown. */
  static Condition anyOf(Condition[] parts) {
    return new Junction(parts, TRUE);
  }

  /** True when the operand is false, and unknown when it is unknown. */
  static Condition not(Condition operand) {
    return new Negation(operand);
  }

  /** A condition on a field's value: unknown when the field has no value. */
  static Condition onField(String field, FieldType type, ValueTest test) {
    return new OnField(new FieldAccess(field, type), test);
  }

  /** A condition on the subject (tags, activities, other segments): never unknown. */
  static Condition onSubject(SubjectTest test) {
    return new OnSubject(test);
  }

  /** {@code is empty}: never unknown; an empty text is empty too. */
  static Condition emptiness(String field, FieldType type, boolean negated) {
    return new Emptiness(new FieldAccess(field, type), negated);
  }

  /**
   * {@code and} or {@code or}: the {@code decisive} answer of any part decides (false for {@code
   * and}, true for {@code or}); otherwise the whole is unknown if any part is, else the other
   * answer.
   */
  private static final class Junction extends Condition {
    private final Condition[] parts;
    private final int decisive;

    Junction(Condition[] parts, int decisive) {
      this.parts = parts;
      this.decisive = decisive;
    }

    @Override
    int test(SegmentSubject subject, Bindings bindings) {
      int result = TRUE - decisive;
      for (Condition part : parts) {
        int truth = part.test(subject, bindings);
        if (truth == decisive) {
          return decisive;
        }
        if (truth == UNKNOWN) {
          result = UNKNOWN;
        }
      }
      return result;
    }
  }

  private static final class Negation extends Condition {
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

  private static final class OnField extends Condition {
    private final FieldAccess field;
    private final ValueTest test;

    OnField(FieldAccess field, ValueTest test) {
      this.field = field;
      this.test = test;
    }

    @Override
    int test(SegmentSubject subject, Bindings bindings) {
      @Nullable Object value = field.read(subject);
      return value == null ? UNKNOWN : truth(test.holds(value, bindings));
    }
  }

  private static final class OnSubject extends Condition {
    private final SubjectTest test;

    OnSubject(SubjectTest test) {
      this.test = test;
    }

    @Override
    int test(SegmentSubject subject, Bindings bindings) {
      return truth(test.holds(subject, bindings));
    }
  }

  private static final class Emptiness extends Condition {
    private final FieldAccess field;
    private final boolean negated;

    Emptiness(FieldAccess field, boolean negated) {
      this.field = field;
      this.negated = negated;
    }

    @Override
    int test(SegmentSubject subject, Bindings bindings) {
      @Nullable Object value = field.read(subject);
      boolean empty = value == null || (value instanceof String text && text.isEmpty());
      return truth(negated != empty);
    }
  }
}
