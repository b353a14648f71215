package io.crmkit.core.deal;

import io.crmkit.core.DomainEvent;
import io.crmkit.core.TenantId;
import io.crmkit.core.UserId;
import java.time.Instant;

/**
 * Something that happened to a deal.
 *
 * @since 0.1
 */
public sealed interface DealEvent extends DomainEvent {

  /** Returns the deal. */
  DealId dealId();

  /** Returns who made it happen. */
  UserId by();

  @Override
  default String aggregateId() {
    return dealId().toString();
  }

  /** A deal was opened in {@code stage} of {@code pipeline}. */
  record DealOpened(
      TenantId tenant,
      DealId dealId,
      PipelineId pipeline,
      StageId stage,
      UserId owner,
      Instant occurredAt,
      UserId by)
      implements DealEvent {}

  /** A deal's details were changed. */
  record DealUpdated(TenantId tenant, DealId dealId, Instant occurredAt, UserId by)
      implements DealEvent {}

  /** A deal was given to another owner. */
  record DealOwnerChanged(
      TenantId tenant, DealId dealId, UserId from, UserId to, Instant occurredAt, UserId by)
      implements DealEvent {}

  /** An open deal moved from one open stage to another. */
  record DealStageChanged(
      TenantId tenant, DealId dealId, StageId from, StageId to, Instant occurredAt, UserId by)
      implements DealEvent {}

  /** A deal was won. */
  record DealWon(
      TenantId tenant, DealId dealId, StageId from, StageId to, Instant occurredAt, UserId by)
      implements DealEvent {}

  /** A deal was lost, for the catalogue reason {@code reason}. */
  record DealLost(
      TenantId tenant,
      DealId dealId,
      StageId from,
      StageId to,
      String reason,
      Instant occurredAt,
      UserId by)
      implements DealEvent {}

  /** A won or lost deal was reopened into open stage {@code to}. */
  record DealReopened(
      TenantId tenant, DealId dealId, StageId from, StageId to, Instant occurredAt, UserId by)
      implements DealEvent {}

  /** A deal was moved out of a stage that was removed from its pipeline. */
  record DealRelocated(
      TenantId tenant, DealId dealId, StageId from, StageId to, Instant occurredAt, UserId by)
      implements DealEvent {}
}
