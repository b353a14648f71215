package io.crmkit.scoring.segment;

import org.jspecify.annotations.Nullable;

/**
 * How a field is read from subjects of one class, worked out once from the field's name: which
 * property or which custom field it is. A compiled {@link SegmentFilter} asks a subject for the
 * reader of each field it tests once per subject class (see {@link SegmentSubject#reader}), then
 * reads every subject of that class through it, so that no read parses or looks up the name again.
 *
 * <p>Implementations must be thread-safe, and should answer from memory without allocating.
 *
 * @since 0.1
 */
@FunctionalInterface
public interface FieldReader {

  /**
   * Returns the subject's value of the field, of the Java type that {@link FieldType} lists for the
   * field's type, or null when it has none; for a multi-valued field an empty set means the same.
   *
   * @param subject a subject of the class whose {@link SegmentSubject#reader} returned this reader,
   *     never null
   */
  @Nullable Object read(SegmentSubject subject);
}
