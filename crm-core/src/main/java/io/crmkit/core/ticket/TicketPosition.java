package io.crmkit.core.ticket;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.internal.PositionText;
import java.time.Instant;
import java.util.Comparator;
import java.util.UUID;

/**
 * Where a ticket stands in a queue ordered by the instant its next SLA target falls due (tickets
 * without one last), then by id.
 *
 * @param at the due instant, {@link Instant#MAX} for a ticket without one
 * @param id the ticket's id
 * @since 0.1
 */
public record TicketPosition(Instant at, TicketId id) implements Comparable<TicketPosition> {

  private static final Comparator<TicketPosition> ORDER =
      Comparator.comparing(TicketPosition::at).thenComparing(TicketPosition::id);

  public TicketPosition {
    requireNonNull(at, "at");
    requireNonNull(id, "id");
  }

  /** Returns the position of {@code ticket} in a due-ordered queue. */
  public static TicketPosition of(Ticket ticket) {
    return new TicketPosition(ticket.dueAt().orElse(Instant.MAX), ticket.id());
  }

  /** Returns the first position at {@code at}: before every ticket due then. */
  public static TicketPosition startOf(Instant at) {
    return new TicketPosition(at, TicketId.of(new UUID(0, 0)));
  }

  @Override
  public int compareTo(TicketPosition other) {
    return ORDER.compare(this, other);
  }

  /** Returns the position as text: {@code seconds.nanos~uuid}. */
  public String encode() {
    return PositionText.encode(at, id.value());
  }

  /** Returns the position written by {@link #encode()}. */
  public static TicketPosition decode(String text) {
    return PositionText.decode(text, (at, uuid) -> new TicketPosition(at, TicketId.of(uuid)));
  }
}
