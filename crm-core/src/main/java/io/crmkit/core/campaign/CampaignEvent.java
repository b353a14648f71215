package io.crmkit.core.campaign;

import io.crmkit.core.DomainEvent;
import io.crmkit.core.TenantId;
import io.crmkit.core.UserId;
import io.crmkit.core.contact.ContactId;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Something that happened to a campaign or to one of its recipients.
 *
 * @since 0.1
 */
public sealed interface CampaignEvent extends DomainEvent {

  /** Returns the campaign. */
  CampaignId campaignId();

  @Override
  default String aggregateId() {
    return campaignId().toString();
  }

  /** A campaign was created as a draft. */
  record CampaignCreated(
      TenantId tenant, CampaignId campaignId, String name, Instant occurredAt, UserId by)
      implements CampaignEvent {}

  /** A campaign's details were changed. */
  record CampaignUpdated(TenantId tenant, CampaignId campaignId, Instant occurredAt, UserId by)
      implements CampaignEvent {}

  /** A campaign moved from one status to another. */
  record CampaignStatusChanged(
      TenantId tenant,
      CampaignId campaignId,
      CampaignStatus from,
      CampaignStatus to,
      CampaignAction action,
      Instant occurredAt,
      UserId by)
      implements CampaignEvent {}

  /** A campaign's message was handed to the gateway for {@code contact}. */
  record CampaignMessageSent(
      TenantId tenant,
      CampaignId campaignId,
      RecipientId recipient,
      ContactId contact,
      String providerMessageId,
      Instant occurredAt)
      implements CampaignEvent {}

  /**
   * A recipient was not sent to: no consent at the send instant, no address, or the gateway
   * refused; {@code reason} says which.
   */
  record CampaignMessageSkipped(
      TenantId tenant,
      CampaignId campaignId,
      RecipientId recipient,
      ContactId contact,
      RecipientStatus status,
      String reason,
      Instant occurredAt)
      implements CampaignEvent {}

  /** The provider reported a recipient's delivery or engagement; {@code link} for clicks. */
  record CampaignEngaged(
      TenantId tenant,
      CampaignId campaignId,
      RecipientId recipient,
      ContactId contact,
      EngagementKind kind,
      @Nullable String link,
      Instant occurredAt)
      implements CampaignEvent {}
}
