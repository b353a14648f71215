package io.crmkit.core.timeline;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.PageCursor;
import io.crmkit.core.internal.PositionText;
import java.time.Instant;
import java.util.Comparator;

/**
 * Where an activity stands on a timeline, which runs newest first: by the instant it happened, then
 * by id. Page cursors of timelines encode it, so every adapter pages the same way.
 *
 * @param occurredAt when the activity happened
 * @param id the activity's id, to order activities of the same instant
 * @since 0.1
 */
public record TimelinePosition(Instant occurredAt, ActivityId id) {

  /** Newest first; among activities of one instant, the later-created first. */
  public static final Comparator<TimelinePosition> NEWEST_FIRST =
      Comparator.comparing(TimelinePosition::occurredAt)
          .thenComparing(TimelinePosition::id)
          .reversed();

  /**
   * Creates a {@code TimelinePosition}, checking its components as the type's comment describes.
   */
  public TimelinePosition {
    requireNonNull(occurredAt, "occurredAt");
    requireNonNull(id, "id");
  }

  /** Returns the position of {@code activity}. */
  public static TimelinePosition of(Activity activity) {
    return new TimelinePosition(activity.occurredAt(), activity.id());
  }

  /** Returns the cursor that continues after this position. */
  public PageCursor toCursor() {
    return PageCursor.of(encode());
  }

  /** Returns the position as cursor text: {@code seconds.nanos~uuid}. */
  public String encode() {
    return PositionText.encode(occurredAt, id.value());
  }

  /**
   * Returns the position written in {@code text} by {@link #encode()}.
   *
   * @throws IllegalArgumentException if it was not written by {@link #encode()}
   */
  public static TimelinePosition decode(String text) {
    return PositionText.decode(text, (at, uuid) -> new TimelinePosition(at, ActivityId.of(uuid)));
  }
}
