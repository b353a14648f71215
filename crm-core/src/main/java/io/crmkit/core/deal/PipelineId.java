package io.crmkit.core.deal;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.internal.Quoted;
import io.crmkit.core.internal.TimeOrderedIdGenerator;
import java.util.UUID;

/**
 * The identity of a sales pipeline: a time-ordered UUID, unique within its tenant.
 *
 * @param value the UUID, never null
 * @since 0.1
 */
public record PipelineId(UUID value) implements Comparable<PipelineId> {

  /** Creates a {@code PipelineId}, checking its components as the type's comment describes. */
  public PipelineId {
    requireNonNull(value, "pipeline id");
  }

  /** Returns the pipeline id with the given UUID. */
  public static PipelineId of(UUID value) {
    return new PipelineId(value);
  }

  /**
   * Returns the pipeline id written as {@code text}.
   *
   * @throws IllegalArgumentException if {@code text} is not a UUID
   */
  public static PipelineId parse(String text) {
    requireNonNull(text, "pipeline id");
    try {
      return new PipelineId(UUID.fromString(text));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("not a pipeline id: " + Quoted.of(text), e);
    }
  }

  @Override
  public int compareTo(PipelineId other) {
    return TimeOrderedIdGenerator.compare(value, other.value);
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
