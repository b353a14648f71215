package io.crmkit.scoring.segment;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Something a segment can select, seen through its fields, tags and activities: in practice a
 * contact, bound to this interface by an adapter so that segments do not depend on the contact
 * model.
 *
 * <p>{@link #value} returns the Java type that {@link FieldType} lists for the field's type; a
 * missing value is an empty optional, and for a multi-valued field an empty set means the same.
 * Implementations are called once per condition per evaluation, so they should answer from memory.
 * A compiled {@link SegmentFilter} does not call {@link #value} itself but reads fields through the
 * {@link #reader} of each field; an implementation that overrides it works out what a field name
 * means once, instead of once per subject and condition.
 *
 * @since 0.1
 */
public interface SegmentSubject {

  /**
   * Returns the value of a field declared in the segment's schema, or empty when it has none.
   *
   * @param field the field name, never null
   */
  Optional<Object> value(String field);

  /**
   * Returns a reader of a field declared in the segment's schema that answers, for every subject of
   * the same class as this one, what {@link #value} answers for it (a missing value as null). A
   * filter asks once per field and subject class and keeps the reader, so the answer must not
   * depend on this subject's state. The default reader calls {@link #value} with the field name.
   *
   * @param field the field name, never null
   * @throws IllegalArgumentException when the subject has no such field (the default reader leaves
   *     that to {@link #value})
   */
  default FieldReader reader(String field) {
    requireNonNull(field, "field");
    return subject ->
        requireNonNull(
                subject.value(field), () -> "subject returned null for field '" + field + "'")
            .orElse(null);
  }

  /** Returns the subject's tags, never null. */
  Set<String> tags();

  /**
   * Whether the subject has ever had an activity of the given type.
   *
   * @param type the activity type, never null
   */
  boolean hasActivity(String type);

  /**
   * Whether the subject has had an activity of the given type between two instants, both inclusive.
   *
   * @param type the activity type, never null
   * @param from the first instant of the window, never null
   * @param to the last instant of the window, never null
   */
  boolean hasActivityBetween(String type, Instant from, Instant to);

  /**
   * Whether the subject received, opened or clicked a message of the named campaign at or after an
   * instant, or at any time.
   *
   * @param engagement what the subject did with the message, never null
   * @param campaign the campaign's name, never null
   * @param since the earliest instant that counts (later ones, even after now, count too); null for
   *     any time
   */
  boolean engaged(CampaignEngagement engagement, String campaign, @Nullable Instant since);
}
