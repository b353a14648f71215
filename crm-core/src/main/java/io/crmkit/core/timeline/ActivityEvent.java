package io.crmkit.core.timeline;

import io.crmkit.core.DomainEvent;
import io.crmkit.core.TenantId;
import io.crmkit.core.UserId;
import java.time.Instant;

/**
 * Something that happened to an activity on the timeline.
 *
 * @since 0.1
 */
public sealed interface ActivityEvent extends DomainEvent {

  /** Returns the activity. */
  ActivityId activityId();

  @Override
  default String aggregateId() {
    return activityId().toString();
  }

  /** An activity was written on the timeline. */
  record ActivityLogged(
      TenantId tenant, ActivityId activityId, String type, Instant occurredAt, UserId by)
      implements ActivityEvent {}

  /** What is recorded of an activity was replaced. */
  record ActivityUpdated(TenantId tenant, ActivityId activityId, Instant occurredAt, UserId by)
      implements ActivityEvent {}

  /** An activity was removed from the timeline. */
  record ActivityDeleted(TenantId tenant, ActivityId activityId, Instant occurredAt, UserId by)
      implements ActivityEvent {}
}
