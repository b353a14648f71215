package io.crmkit.core.lead;

import io.crmkit.core.DomainEvent;
import io.crmkit.core.TenantId;
import io.crmkit.core.UserId;
import java.time.Instant;

/**
 * Something that happened to a lead.
 *
 * @since 0.1
 */
public sealed interface LeadEvent extends DomainEvent {

  /** Returns the lead. */
  LeadId leadId();

  /** Returns who made it happen. */
  UserId by();

  @Override
  default String aggregateId() {
    return leadId().toString();
  }

  /** A lead was captured from {@code attribution}'s channel. */
  record LeadCaptured(
      TenantId tenant,
      LeadId leadId,
      Attribution attribution,
      UserId owner,
      Instant occurredAt,
      UserId by)
      implements LeadEvent {}

  /** A lead's details were changed. */
  record LeadUpdated(TenantId tenant, LeadId leadId, Instant occurredAt, UserId by)
      implements LeadEvent {}

  /** A lead was given to another owner. */
  record LeadOwnerChanged(
      TenantId tenant, LeadId leadId, UserId from, UserId to, Instant occurredAt, UserId by)
      implements LeadEvent {}

  /** A lead's score was set by lead scoring. */
  record LeadScored(TenantId tenant, LeadId leadId, int score, Instant occurredAt, UserId by)
      implements LeadEvent {}

  /**
   * A lead's status changed through {@code action}; disqualifying, nurturing and converting also
   * raise their own event with their data.
   */
  record LeadStatusChanged(
      TenantId tenant,
      LeadId leadId,
      LeadStatus from,
      LeadStatus to,
      LeadAction action,
      Instant occurredAt,
      UserId by)
      implements LeadEvent {}

  /** A lead was disqualified for the catalogue reason {@code reason}. */
  record LeadDisqualified(
      TenantId tenant, LeadId leadId, String reason, Instant occurredAt, UserId by)
      implements LeadEvent {}

  /** A lead was put in nurture until {@code recycleAt}. */
  record LeadNurtured(
      TenantId tenant, LeadId leadId, Instant recycleAt, Instant occurredAt, UserId by)
      implements LeadEvent {}

  /** A lead was converted. */
  record LeadConverted(
      TenantId tenant, LeadId leadId, Conversion conversion, Instant occurredAt, UserId by)
      implements LeadEvent {}
}
