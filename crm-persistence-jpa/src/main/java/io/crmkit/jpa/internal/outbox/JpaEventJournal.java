package io.crmkit.jpa.internal.outbox;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.DomainEvent;
import io.crmkit.core.spi.EventJournal;
import io.crmkit.jpa.internal.JpaSession;
import java.util.List;

/**
 * Writes the events of a unit of work to {@code crm_outbox} in the same transaction as the unit's
 * changes, where the {@link OutboxRelay} finds them.
 */
public final class JpaEventJournal implements EventJournal {

  /** The entity classes a persistence unit must manage for the outbox. */
  public static final List<Class<?>> MANAGED_CLASSES = List.of(OutboxEntity.class);

  private final JpaSession session;

  /**
   * @param session the units of work whose events it writes
   */
  public JpaEventJournal(JpaSession session) {
    this.session = requireNonNull(session, "session");
  }

  @Override
  public void record(List<DomainEvent> events) {
    requireNonNull(events, "events");
    session.apply(
        em -> {
          for (DomainEvent event : events) {
            em.persist(
                new OutboxEntity(
                    event.tenant().value(),
                    event.aggregateId(),
                    event.getClass().getSimpleName(),
                    event.occurredAt(),
                    EventPayloads.of(event)));
          }
          return null;
        });
  }
}
