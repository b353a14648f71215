package io.crmkit.scoring.segment.internal;

import static java.util.Objects.requireNonNull;

import io.crmkit.scoring.segment.FieldReader;
import io.crmkit.scoring.segment.FieldType;
import io.crmkit.scoring.segment.SegmentSubject;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reads one field of a compiled condition from subjects as the Java type its {@link FieldType}
 * promises, so that the condition can cast without checking again. A missing value, and an empty
 * multi-valued one, read as null: the "unknown" of three-valued logic.
 *
 * <p>It keeps the {@link FieldReader} of the last subject class it read, so that a population of
 * one class asks for it once. Thread-safe: the class and its reader are published together in an
 * immutable {@link Resolved}; two threads that resolve at once both get a correct reader.
 */
final class FieldAccess {

  /** The reader of the field for subjects of one class. */
  private record Resolved(Class<?> subjectClass, FieldReader reader) {}

  private final String field;
  private final FieldType type;
  private @Nullable Resolved resolved;

  FieldAccess(String field, FieldType type) {
    this.field = field;
    this.type = type;
  }

  @Nullable Object read(SegmentSubject subject) {
    Resolved last = resolved;
    if (last == null || last.subjectClass() != subject.getClass()) {
      last =
          new Resolved(
              subject.getClass(),
              requireNonNull(
                  subject.reader(field), () -> "subject returned no reader for field " + field));
      resolved = last;
    }
    @Nullable Object value = last.reader().read(subject);
    return value == null ? null : checked(value);
  }

  private Object checked(Object value) {
    switch (type) {
      case TEXT, CHOICE -> {
        if (value instanceof String) {
          return value;
        }
      }
      case NUMBER -> {
        if (value instanceof Long || value instanceof Integer || value instanceof Short) {
          return value;
        }
      }
      case DECIMAL -> {
        if (value instanceof BigDecimal) {
          return value;
        }
        if (value instanceof Long || value instanceof Integer) {
          return BigDecimal.valueOf(((Number) value).longValue());
        }
      }
      case BOOLEAN -> {
        if (value instanceof Boolean) {
          return value;
        }
      }
      case DATE -> {
        if (value instanceof LocalDate) {
          return value;
        }
      }
      case INSTANT -> {
        if (value instanceof Instant) {
          return value;
        }
      }
      case TEXT_SET -> {
        if (value instanceof Set<?> set) {
          return set.isEmpty() ? null : set;
        }
      }
    }
    throw new IllegalStateException(
        "subject returned a "
            + value.getClass().getName()
            + " for "
            + type.label()
            + " field '"
            + field
            + "'");
  }
}
