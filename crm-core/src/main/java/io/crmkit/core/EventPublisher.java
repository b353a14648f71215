package io.crmkit.core;

import java.util.List;

/**
 * The port through which the host hears of domain events. It is called after the unit of work that
 * raised them has committed, never before, in the order they were raised.
 *
 * @since 0.1
 */
@FunctionalInterface
public interface EventPublisher {

  /** Publishes nothing; the default when the host does not listen. */
  EventPublisher NONE = events -> {};

  /** Hands over the events of one committed unit of work. */
  void publish(List<DomainEvent> events);
}
