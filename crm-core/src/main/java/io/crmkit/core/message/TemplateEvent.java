package io.crmkit.core.message;

import io.crmkit.core.DomainEvent;
import io.crmkit.core.TenantId;
import io.crmkit.core.UserId;
import java.time.Instant;

/**
 * Something that happened to a message template.
 *
 * @since 0.1
 */
public sealed interface TemplateEvent extends DomainEvent {

  /** Returns the template. */
  TemplateId templateId();

  @Override
  default String aggregateId() {
    return templateId().toString();
  }

  /** A template was written. */
  record TemplateCreated(
      TenantId tenant, TemplateId templateId, String name, Instant occurredAt, UserId by)
      implements TemplateEvent {}

  /** A template's content changed; {@code version} is its new version. */
  record TemplateEdited(
      TenantId tenant, TemplateId templateId, long version, Instant occurredAt, UserId by)
      implements TemplateEvent {}
}
