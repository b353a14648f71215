package io.crmkit.jpa.internal.campaign;

import io.crmkit.core.campaign.CampaignStatus;
import io.crmkit.jpa.internal.Json;
import io.crmkit.jpa.internal.OwnedRow;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A campaign's row: its name (unique in the tenant), status and the instants the due work reads as
 * columns, and as JSON documents its details and status history.
 */
@Entity(name = "CrmCampaign")
@Table(name = "crm_campaign")
class CampaignEntity extends OwnedRow {

  /** The kind of record a row holds, as error messages name it. */
  static final String KIND = "campaign";

  @Column(name = "name", length = 200, nullable = false)
  String name = "";

  @Enumerated(EnumType.STRING)
  @Column(name = "status", length = 16, nullable = false)
  CampaignStatus status = CampaignStatus.DRAFT;

  @Column(name = "send_at")
  @Nullable Instant sendAt;

  @Column(name = "claimed_at")
  @Nullable Instant claimedAt;

  @Column(name = "details", length = 1_000_000, nullable = false, columnDefinition = Json.COLUMN)
  String details = "{}";

  @Column(name = "history", length = 1_000_000, nullable = false, columnDefinition = Json.COLUMN)
  String history = "[]";

  /** For the persistence provider and the repository. */
  protected CampaignEntity() {
    super(KIND);
  }
}
