package io.crmkit.jpa.internal.timeline;

import io.crmkit.jpa.internal.Json;
import io.crmkit.jpa.internal.OwnedRow;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * An activity's row: when it happened, its type, subject and body, an order's total as amount and
 * currency, the rest of its details as a JSON document, and one link row per record it concerns.
 */
@Entity(name = "CrmActivity")
@Table(name = "crm_activity")
class ActivityEntity extends OwnedRow {

  /** The kind of record a row holds, as error messages name it. */
  static final String KIND = "activity";

  @Column(name = "occurred_at", nullable = false)
  Instant occurredAt = Instant.EPOCH;

  @Column(name = "type", length = 50, nullable = false)
  String type = "";

  @Column(name = "subject", length = 500, nullable = false)
  String subject = "";

  @Column(name = "body", length = 100_000, nullable = false)
  String body = "";

  @Column(name = "amount", precision = 38, scale = 4)
  @Nullable BigDecimal amount;

  @Column(name = "currency", length = 3)
  @Nullable String currency;

  @Column(name = "details", length = 1_000_000, nullable = false, columnDefinition = Json.COLUMN)
  String details = "{}";

  @ElementCollection
  @CollectionTable(
      name = "crm_activity_link",
      joinColumns = {
        @JoinColumn(name = "tenant_id", referencedColumnName = "tenant_id"),
        @JoinColumn(name = "activity_id", referencedColumnName = "id")
      })
  Set<TimelineLink> links = new HashSet<>();

  /** For the persistence provider and the repository. */
  protected ActivityEntity() {
    super(KIND);
  }
}
