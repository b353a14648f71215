package io.crmkit.jpa.outbox;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.crmkit.core.TenantId;
import java.time.Instant;

/**
 * A domain event as the outbox hands it to the host: where it stands in the outbox, whose aggregate
 * raised it, its type and its JSON payload.
 *
 * @param position its place in the outbox; an aggregate's events have increasing positions in the
 *     order they committed
 * @param tenant the tenant in which it happened
 * @param aggregateId the id of the aggregate that raised it
 * @param eventType the event record's simple name, for example {@code ContactCreated}
 * @param occurredAt when it happened, by the CRM's clock
 * @param payload the event's components as a JSON object
 * @since 0.1
 */
public record OutboxMessage(
    long position,
    TenantId tenant,
    String aggregateId,
    String eventType,
    Instant occurredAt,
    String payload) {

  /**
   * @throws IllegalArgumentException if {@code position} is not positive
   */
  public OutboxMessage {
    checkArgument(position > 0, "outbox position must be positive: %s", position);
    requireNonNull(tenant, "tenant");
    requireNonNull(aggregateId, "aggregateId");
    requireNonNull(eventType, "eventType");
    requireNonNull(occurredAt, "occurredAt");
    requireNonNull(payload, "payload");
  }
}
