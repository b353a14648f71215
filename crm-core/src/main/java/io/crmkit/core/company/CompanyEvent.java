package io.crmkit.core.company;

import io.crmkit.core.DomainEvent;
import io.crmkit.core.TenantId;
import io.crmkit.core.UserId;
import io.crmkit.core.party.LifecycleStage;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Something that happened to a company.
 *
 * @since 0.1
 */
public sealed interface CompanyEvent extends DomainEvent {

  /** Returns the company it happened to. */
  CompanyId companyId();

  /** Returns who made it happen. */
  UserId by();

  @Override
  default String aggregateId() {
    return companyId().toString();
  }

  /** A company was created. */
  record CompanyCreated(TenantId tenant, CompanyId companyId, Instant occurredAt, UserId by)
      implements CompanyEvent {}

  /** A company's details were changed. */
  record CompanyUpdated(TenantId tenant, CompanyId companyId, Instant occurredAt, UserId by)
      implements CompanyEvent {}

  /** A company moved to another lifecycle stage. */
  record CompanyLifecycleStageChanged(
      TenantId tenant,
      CompanyId companyId,
      @Nullable LifecycleStage from,
      LifecycleStage to,
      Instant occurredAt,
      UserId by)
      implements CompanyEvent {}

  /** A company was given to another owner. */
  record CompanyOwnerChanged(
      TenantId tenant, CompanyId companyId, UserId from, UserId to, Instant occurredAt, UserId by)
      implements CompanyEvent {}

  /** A company was archived. */
  record CompanyArchived(TenantId tenant, CompanyId companyId, Instant occurredAt, UserId by)
      implements CompanyEvent {}

  /** An archived company was made writable and searchable again. */
  record CompanyUnarchived(TenantId tenant, CompanyId companyId, Instant occurredAt, UserId by)
      implements CompanyEvent {}

  /** A company was deleted for good. */
  record CompanyDeleted(TenantId tenant, CompanyId companyId, Instant occurredAt, UserId by)
      implements CompanyEvent {}
}
