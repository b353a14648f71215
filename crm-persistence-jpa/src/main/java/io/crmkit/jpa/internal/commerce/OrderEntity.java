package io.crmkit.jpa.internal.commerce;

import io.crmkit.core.commerce.OrderChannel;
import io.crmkit.core.commerce.OrderStatus;
import io.crmkit.jpa.internal.Json;
import io.crmkit.jpa.internal.OwnedRow;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An order's row: the columns that lists and imports look up (contact, external key) and that
 * revenue figures sum (total, refunded, status), and as JSON documents its lines and status
 * history.
 */
@Entity(name = "CrmOrder")
@Table(name = "crm_order")
class OrderEntity extends OwnedRow {

  /** The kind of record a row holds, as error messages name it. */
  static final String KIND = "order";

  @Column(name = "contact_id", nullable = false)
  UUID contact = new UUID(0, 0);

  @Column(name = "company_id")
  @Nullable UUID company;

  @Enumerated(EnumType.STRING)
  @Column(name = "channel", length = 16, nullable = false)
  OrderChannel channel = OrderChannel.WEB_SHOP;

  @Column(name = "campaign", length = 100, nullable = false)
  String campaign = "";

  @Column(name = "external_system", length = 32)
  @Nullable String externalSystem;

  @Column(name = "external_value", length = 128)
  @Nullable String externalValue;

  @Column(name = "placed_at", nullable = false)
  Instant placedAt = Instant.EPOCH;

  @Column(name = "currency", length = 3, nullable = false)
  String currency = "";

  /** The sum of the lines, kept for figures read in the database; the lines are the source. */
  @Column(name = "total_amount", precision = 38, scale = 4, nullable = false)
  BigDecimal totalAmount = BigDecimal.ZERO;

  @Column(name = "refunded_amount", precision = 38, scale = 4, nullable = false)
  BigDecimal refundedAmount = BigDecimal.ZERO;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", length = 16, nullable = false)
  OrderStatus status = OrderStatus.PLACED;

  @Column(name = "activity_id")
  @Nullable UUID activity;

  @Column(
      name = "order_lines",
      length = 1_000_000,
      nullable = false,
      columnDefinition = Json.COLUMN)
  String lines = "[]";

  @Column(name = "history", length = 1_000_000, nullable = false, columnDefinition = Json.COLUMN)
  String history = "[]";

  /** For the persistence provider and the repository. */
  protected OrderEntity() {
    super(KIND);
  }
}
