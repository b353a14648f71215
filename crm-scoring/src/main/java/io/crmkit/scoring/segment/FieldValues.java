package io.crmkit.scoring.segment;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reads a field of a subject as the Java type its {@link FieldType} promises, so that compiled
 * conditions can cast without checking again. A missing value, and an empty multi-valued one, read
 * as null: the "unknown" of three-valued logic.
 */
final class FieldValues {

  private FieldValues() {}

  static @Nullable Object read(SegmentSubject subject, String field, FieldType type) {
    Optional<Object> found =
        requireNonNull(subject.value(field), () -> "subject returned null for field " + field);
    if (found.isEmpty()) {
      return null;
    }
    Object value = found.get();
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
