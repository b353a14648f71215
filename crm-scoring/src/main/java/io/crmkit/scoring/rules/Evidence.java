package io.crmkit.scoring.rules;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.timeline.ActivityId;
import java.time.Instant;

/**
 * What made a scoring rule fire: the value of a field for a fit rule, or one matching activity for
 * an engagement rule.
 *
 * @since 0.1
 */
public sealed interface Evidence {

  /**
   * The value a fit rule found.
   *
   * @param field where it was found, for example {@code jobTitle}, {@code company.employees} or
   *     {@code customFields.size}
   * @param value the value, as text
   */
  record FieldValue(String field, String value) implements Evidence {
    /** Creates a {@code FieldValue}, checking its components as the type's comment describes. */
    public FieldValue {
      requireNonNull(field, "field");
      requireNonNull(value, "value");
    }
  }

  /**
   * One activity an engagement rule counted.
   *
   * @param activity the activity
   * @param occurredAt when it happened, from which its decay is computed
   * @param points what it was worth at the scoring instant, after decay and before the rule's cap
   */
  record ActivityMatch(ActivityId activity, Instant occurredAt, Points points) implements Evidence {
    /**
     * Creates an {@code ActivityMatch}, checking its components as the type's comment describes.
     */
    public ActivityMatch {
      requireNonNull(activity, "activity");
      requireNonNull(occurredAt, "occurredAt");
      requireNonNull(points, "points");
    }
  }
}
