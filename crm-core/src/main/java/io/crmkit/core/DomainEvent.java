package io.crmkit.core;

import java.time.Instant;

/**
 * Something that happened in the CRM, raised by an aggregate and published after the unit of work
 * that raised it commits. Each feature declares a sealed sub-interface of past-tense records.
 *
 * @since 0.1
 */
public interface DomainEvent {

  /** Returns the tenant in which it happened. */
  TenantId tenant();

  /** Returns when it happened, by the CRM's clock. */
  Instant occurredAt();

  /** Returns the id of the aggregate that raised it, as text. */
  String aggregateId();
}
