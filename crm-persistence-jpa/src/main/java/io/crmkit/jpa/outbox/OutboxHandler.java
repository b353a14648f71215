package io.crmkit.jpa.outbox;

import java.util.List;

/**
 * The host's side of the outbox: receives batches of events (to publish them to a broker, call a
 * webhook...). A batch counts as delivered when the handler returns; when it throws, the whole
 * batch stays in the outbox and comes again, so delivery is at least once and a handler should be
 * idempotent by {@link OutboxMessage#position()}.
 *
 * @since 0.1
 */
@FunctionalInterface
public interface OutboxHandler {

  /**
   * Delivers {@code messages}, in outbox order (and so in order for each aggregate).
   *
   * @param messages the batch, never empty
   */
  void deliver(List<OutboxMessage> messages);
}
