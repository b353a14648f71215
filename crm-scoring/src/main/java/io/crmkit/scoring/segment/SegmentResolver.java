package io.crmkit.scoring.segment;

import io.crmkit.core.NotFoundException;

/**
 * The lookup of named segments that answers {@code in segment "name"}: whether a subject belongs to
 * another, named segment. The caller decides what a name means (a static list, a stored dynamic
 * segment, a cached membership) and is responsible for rejecting segments that refer to themselves.
 *
 * @since 0.1
 */
@FunctionalInterface
public interface SegmentResolver {

  /**
   * Whether the subject belongs to the named segment.
   *
   * @param segment the segment name, never null
   * @param subject the subject being evaluated, never null
   * @throws NotFoundException when no segment has that name
   */
  boolean isMember(String segment, SegmentSubject subject);

  /** Returns a resolver that knows no segment, for expressions without {@code in segment}. */
  static SegmentResolver none() {
    return (segment, subject) -> {
      throw new NotFoundException("segment", segment);
    };
  }
}
