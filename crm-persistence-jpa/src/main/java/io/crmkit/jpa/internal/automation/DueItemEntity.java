package io.crmkit.jpa.internal.automation;

import io.crmkit.core.TenantId;
import io.crmkit.core.automation.DueItem;
import io.crmkit.core.automation.DueKind;
import io.crmkit.core.automation.DueState;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A due item's row, keyed by tenant and idempotency key. It has no version column: a runner changes
 * a row only while it holds the row's lock from its claim.
 */
@Entity(name = "CrmDueItem")
@Table(name = "crm_due_item")
@IdClass(DueItemKey.class)
class DueItemEntity {

  @Id
  @Column(name = "tenant_id", length = 64, nullable = false)
  String tenant = "";

  @Id
  @Column(name = "idem_key", length = DueItem.MAX_KEY, nullable = false)
  String key = "";

  @Column(name = "kind", length = 40, nullable = false)
  String kind = "";

  @Column(name = "due_at", nullable = false)
  Instant dueAt = Instant.EPOCH;

  @Column(name = "subject", length = DueItem.MAX_TEXT, nullable = false)
  String subject = "";

  @Enumerated(EnumType.STRING)
  @Column(name = "state", length = 10, nullable = false)
  DueState state = DueState.PENDING;

  @Column(name = "finished_at")
  @Nullable Instant finishedAt;

  @Column(name = "outcome", length = DueItem.MAX_TEXT, nullable = false)
  String outcome = "";

  /** For the persistence provider. */
  protected DueItemEntity() {}

  DueItemEntity(DueItem item) {
    this.tenant = item.tenant().value();
    this.key = item.key();
    this.kind = item.kind().name();
    this.dueAt = item.dueAt();
    this.subject = item.subject();
    copyState(item);
  }

  /** Copies the item's state, finishing instant and outcome into this row. */
  void copyState(DueItem item) {
    this.state = item.state();
    this.finishedAt = item.finishedAt();
    this.outcome = item.outcome();
  }

  DueItem toItem() {
    return new DueItem(
        TenantId.of(tenant), key, DueKind.of(kind), dueAt, subject, state, finishedAt, outcome);
  }
}
