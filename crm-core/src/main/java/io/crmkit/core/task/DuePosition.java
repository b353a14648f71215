package io.crmkit.core.task;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.internal.PositionText;
import java.time.Instant;
import java.util.Comparator;
import java.util.UUID;

/**
 * Where a task stands in a list ordered by an instant (its due time or its reminder), then by id.
 *
 * @param at the instant the list is ordered by
 * @param id the task's id
 * @since 0.1
 */
public record DuePosition(Instant at, TaskId id) implements Comparable<DuePosition> {

  private static final Comparator<DuePosition> ORDER =
      Comparator.comparing(DuePosition::at).thenComparing(DuePosition::id);

  /** Creates a {@code DuePosition}, checking its components as the type's comment describes. */
  public DuePosition {
    requireNonNull(at, "at");
    requireNonNull(id, "id");
  }

  /** Returns the first position at {@code at}: before every task due then. */
  public static DuePosition startOf(Instant at) {
    return new DuePosition(at, TaskId.of(new UUID(0, 0)));
  }

  @Override
  public int compareTo(DuePosition other) {
    return ORDER.compare(this, other);
  }

  /** Returns the position as text: {@code seconds.nanos~uuid}. */
  public String encode() {
    return PositionText.encode(at, id.value());
  }

  /** Returns the position written by {@link #encode()}. */
  public static DuePosition decode(String text) {
    return PositionText.decode(text, (at, uuid) -> new DuePosition(at, TaskId.of(uuid)));
  }
}
