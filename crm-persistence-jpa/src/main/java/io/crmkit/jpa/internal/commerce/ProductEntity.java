package io.crmkit.jpa.internal.commerce;

import io.crmkit.core.commerce.Billing;
import io.crmkit.jpa.internal.OwnedRow;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** A product's row: every detail as a column; the sku is unique within the tenant. */
@Entity(name = "CrmProduct")
@Table(name = "crm_product")
class ProductEntity extends OwnedRow {

  /** The kind of record a row holds, as error messages name it. */
  static final String KIND = "product";

  @Column(name = "sku", length = 64, nullable = false)
  String sku = "";

  @Column(name = "name", length = 200, nullable = false)
  String name = "";

  @Column(name = "family", length = 100, nullable = false)
  String family = "";

  @Column(name = "list_amount", precision = 38, scale = 4, nullable = false)
  BigDecimal listAmount = BigDecimal.ZERO;

  @Column(name = "currency", length = 3, nullable = false)
  String currency = "";

  @Enumerated(EnumType.STRING)
  @Column(name = "billing", length = 16, nullable = false)
  Billing billing = Billing.ONE_OFF;

  @Column(name = "active", nullable = false)
  boolean active = true;

  /** For the persistence provider and the repository. */
  protected ProductEntity() {
    super(KIND);
  }
}
