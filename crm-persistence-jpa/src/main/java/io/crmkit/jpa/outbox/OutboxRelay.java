package io.crmkit.jpa.outbox;

/**
 * The relay of the outbox: it hands the events in {@code crm_outbox} to the host, at least once and
 * in order for each aggregate; several relays (threads or host instances) may run at once. {@code
 * JpaCrmStorage.outboxRelay} makes one.
 *
 * <p>Each call of {@link #relay} runs one transaction: it claims the oldest events no other relay
 * holds ({@code SELECT ... FOR UPDATE SKIP LOCKED}, supported by PostgreSQL, MariaDB 10.6+ and H2
 * 2.x), keeps of each aggregate only the events that no older, unclaimed event of the same
 * aggregate precedes, hands them to the handler, deletes them and commits. If the handler throws,
 * the transaction rolls back and the events stay for the next call.
 *
 * @since 0.1
 */
public interface OutboxRelay {

  /**
   * Delivers up to {@code batchSize} waiting events to {@code handler} and removes them from the
   * outbox.
   *
   * @param batchSize the most events to claim, 1 to 10,000
   * @param handler receives the batch, never null; not called when nothing can be delivered
   * @return the number of events delivered, 0 when none could be claimed
   */
  int relay(int batchSize, OutboxHandler handler);
}
