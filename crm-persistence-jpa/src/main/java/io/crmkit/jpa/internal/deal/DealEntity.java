package io.crmkit.jpa.internal.deal;

import io.crmkit.core.deal.ForecastCategory;
import io.crmkit.core.deal.StageKind;
import io.crmkit.jpa.internal.Json;
import io.crmkit.jpa.internal.OwnedRow;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A deal's row: the columns searches filter on (owner, pipeline, stage and its kind, company), the
 * amount as amount and currency, and as JSON documents the stage it stands in (as its pipeline
 * defined it when the deal was last written), its contacts and its whole stage history.
 */
@Entity(name = "CrmDeal")
@Table(name = "crm_deal")
class DealEntity extends OwnedRow {

  /** The kind of record a row holds, as error messages name it. */
  static final String KIND = "deal";

  @Column(name = "pipeline_id", nullable = false)
  UUID pipeline = new UUID(0, 0);

  @Column(name = "stage_id", nullable = false)
  UUID stageId = new UUID(0, 0);

  @Enumerated(EnumType.STRING)
  @Column(name = "stage_kind", length = 8, nullable = false)
  StageKind stageKind = StageKind.OPEN;

  @Column(name = "name", length = 200, nullable = false)
  String name = "";

  @Column(name = "amount", precision = 38, scale = 4)
  @Nullable BigDecimal amount;

  @Column(name = "currency", length = 3)
  @Nullable String currency;

  @Column(name = "expected_close_date")
  @Nullable LocalDate expectedCloseDate;

  @Column(name = "company_id")
  @Nullable UUID company;

  @Column(name = "source", length = 100, nullable = false)
  String source = "";

  @Enumerated(EnumType.STRING)
  @Column(name = "forecast_override", length = 16)
  @Nullable ForecastCategory forecastOverride;

  @Column(name = "stage", length = 1_000_000, nullable = false, columnDefinition = Json.COLUMN)
  String stage = "{}";

  @Column(name = "contacts", length = 1_000_000, nullable = false, columnDefinition = Json.COLUMN)
  String contacts = "[]";

  @Column(name = "history", length = 1_000_000, nullable = false, columnDefinition = Json.COLUMN)
  String history = "[]";

  @Column(
      name = "custom_fields",
      length = 1_000_000,
      nullable = false,
      columnDefinition = Json.COLUMN)
  String customFields = "{}";

  /** For the persistence provider and the repository. */
  protected DealEntity() {
    super(KIND);
  }
}
