package io.crmkit.core.spi;

import io.crmkit.core.DomainEvent;
import io.crmkit.core.EventPublisher;
import java.util.List;

/**
 * The port through which a storage keeps the domain events of a unit of work together with its
 * writes (a transactional outbox): it is called inside the unit, once, with every event the unit
 * raised, so that the events commit or roll back with the changes that raised them.
 *
 * <p>Unlike an {@link EventPublisher}, which hears of events after the commit and can miss them if
 * the process stops in between, a journal never loses an event of a committed unit.
 *
 * @since 0.1
 */
@FunctionalInterface
public interface EventJournal {

  /** Keeps nothing; the default of storages without an outbox. */
  EventJournal NONE = events -> {};

  /**
   * Records the events of the running unit of work, in the order they were raised; throwing undoes
   * the unit.
   */
  void record(List<DomainEvent> events);
}
