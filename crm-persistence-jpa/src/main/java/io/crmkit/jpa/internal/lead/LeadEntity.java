package io.crmkit.jpa.internal.lead;

import io.crmkit.core.lead.LeadSource;
import io.crmkit.core.lead.LeadStatus;
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
 * A lead's row: the columns searches filter on (status, owner, source, and the recycle instant of a
 * lead in nurture), the person's name, email and company as typed, and as JSON documents the rest
 * of its details, its UTM parameters, its status history and what it was converted into.
 */
@Entity(name = "CrmLead")
@Table(name = "crm_lead")
class LeadEntity extends OwnedRow {

  /** The kind of record a row holds, as error messages name it. */
  static final String KIND = "lead";

  @Enumerated(EnumType.STRING)
  @Column(name = "status", length = 20, nullable = false)
  LeadStatus status = LeadStatus.NEW;

  @Enumerated(EnumType.STRING)
  @Column(name = "source", length = 16, nullable = false)
  LeadSource source = LeadSource.WEB_FORM;

  @Column(name = "campaign_id", length = 200)
  @Nullable String campaignId;

  @Column(name = "score")
  @Nullable Integer score;

  @Column(name = "unqualified_reason", length = 63)
  @Nullable String unqualifiedReason;

  @Column(name = "recycle_at")
  @Nullable Instant recycleAt;

  @Column(name = "given_name", length = 200, nullable = false)
  String givenName = "";

  @Column(name = "family_name", length = 200, nullable = false)
  String familyName = "";

  @Column(name = "display_name", length = 200, nullable = false)
  String displayName = "";

  @Column(name = "email", length = 320)
  @Nullable String email;

  @Column(name = "company_name", length = 300, nullable = false)
  String companyName = "";

  @Column(name = "details", length = 1_000_000, nullable = false, columnDefinition = Json.COLUMN)
  String details = "{}";

  @Column(
      name = "attribution",
      length = 1_000_000,
      nullable = false,
      columnDefinition = Json.COLUMN)
  String attribution = "{}";

  @Column(name = "history", length = 1_000_000, nullable = false, columnDefinition = Json.COLUMN)
  String history = "[]";

  @Column(name = "conversion", length = 1_000_000, columnDefinition = Json.COLUMN)
  @Nullable String conversion;

  @Column(
      name = "custom_fields",
      length = 1_000_000,
      nullable = false,
      columnDefinition = Json.COLUMN)
  String customFields = "{}";

  /** For the persistence provider and the repository. */
  protected LeadEntity() {
    super(KIND);
  }
}
