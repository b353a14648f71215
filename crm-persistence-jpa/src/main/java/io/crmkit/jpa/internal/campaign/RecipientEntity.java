package io.crmkit.jpa.internal.campaign;

import io.crmkit.core.campaign.RecipientStatus;
import io.crmkit.jpa.internal.AggregateRow;
import io.crmkit.jpa.internal.Json;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A campaign recipient's row: its campaign, contact, status, claim and send instants, address and
 * the provider's message id as columns (claims, counts and the provider's events read them), its
 * engagement as a JSON document, and when it last showed delivery, an open and a click as columns
 * (segments read them).
 */
@Entity(name = "CrmCampaignRecipient")
@Table(name = "crm_campaign_recipient")
class RecipientEntity extends AggregateRow {

  /** The kind of record a row holds, as error messages name it. */
  static final String KIND = "recipient";

  @Column(name = "campaign_id", nullable = false)
  UUID campaign = new UUID(0, 0);

  @Column(name = "contact_id", nullable = false)
  UUID contact = new UUID(0, 0);

  @Enumerated(EnumType.STRING)
  @Column(name = "status", length = 16, nullable = false)
  RecipientStatus status = RecipientStatus.QUEUED;

  @Column(name = "claimed_at")
  @Nullable Instant claimedAt;

  @Column(name = "sent_at")
  @Nullable Instant sentAt;

  @Column(name = "address", length = 320, nullable = false)
  String address = "";

  @Column(name = "provider_message_id", length = 500)
  @Nullable String providerMessageId;

  @Column(name = "note", length = 500, nullable = false)
  String note = "";

  /** The latest engagement that shows delivery: a delivery, an open, a click or a reply. */
  @Column(name = "delivered_at")
  @Nullable Instant deliveredAt;

  /** The latest open. */
  @Column(name = "opened_at")
  @Nullable Instant openedAt;

  /** The latest click. */
  @Column(name = "clicked_at")
  @Nullable Instant clickedAt;

  @Column(
      name = "engagements",
      length = 1_000_000,
      nullable = false,
      columnDefinition = Json.COLUMN)
  String engagements = "[]";

  /** For the persistence provider and the repository. */
  protected RecipientEntity() {
    super(KIND);
  }
}
