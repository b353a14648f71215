package io.crmkit.jpa.internal.outbox;

import io.crmkit.jpa.internal.Json;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * An event waiting in the outbox. Its position comes from a database sequence drawn one value at a
 * time when the row is written, at the end of the unit of work: a unit that raised an event of an
 * aggregate holds that aggregate's row lock by then, so positions follow the order in which one
 * aggregate's changes committed. (A pooled allocation would hand each process a block of its own
 * and break that order.)
 */
@Entity(name = "CrmOutboxEvent")
@Table(name = "crm_outbox")
class OutboxEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "crm_outbox_position")
  @SequenceGenerator(
      name = "crm_outbox_position",
      sequenceName = "crm_outbox_seq",
      allocationSize = 1)
  @Column(name = "position", nullable = false)
  long position;

  @Column(name = "tenant_id", length = 64, nullable = false)
  String tenant = "";

  @Column(name = "aggregate_id", length = 64, nullable = false)
  String aggregateId = "";

  @Column(name = "event_type", length = 100, nullable = false)
  String eventType = "";

  @Column(name = "occurred_at", nullable = false)
  Instant occurredAt = Instant.EPOCH;

  @Column(name = "payload", length = 1_000_000, nullable = false, columnDefinition = Json.COLUMN)
  String payload = "{}";

  /** For the persistence provider. */
  protected OutboxEntity() {}

  OutboxEntity(
      String tenant, String aggregateId, String eventType, Instant occurredAt, String payload) {
    this.tenant = tenant;
    this.aggregateId = aggregateId;
    this.eventType = eventType;
    this.occurredAt = occurredAt;
    this.payload = payload;
  }
}
