package io.crmkit.scoring.audience;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.DomainEvent;
import io.crmkit.core.TenantId;
import io.crmkit.core.contact.ContactId;
import java.time.Instant;

/**
 * A change in who belongs to a segment or a static list: a contact entered or left it, found when a
 * dynamic segment was re-evaluated or when a list was edited. The segment is the aggregate, so
 * {@link #aggregateId()} is its name.
 *
 * @since 0.1
 */
public sealed interface SegmentEvent extends DomainEvent {

  /** Returns the name of the segment or list. */
  String segment();

  /** Returns the contact that entered or left. */
  ContactId contactId();

  @Override
  default String aggregateId() {
    return segment();
  }

  /**
   * A contact entered a segment or a list.
   *
   * @param tenant the tenant, never null
   * @param segment the segment or list name, never null
   * @param contactId the contact, never null
   * @param occurredAt when the change was found, by the CRM's clock, never null
   * @since 0.1
   */
  record ContactEnteredSegment(
      TenantId tenant, String segment, ContactId contactId, Instant occurredAt)
      implements SegmentEvent {
    /**
     * Creates a {@code ContactEnteredSegment}, checking its components as the type's comment
     * describes.
     */
    public ContactEnteredSegment {
      requireNonNull(tenant, "tenant");
      SegmentDefinition.checkName(segment);
      requireNonNull(contactId, "contact id");
      requireNonNull(occurredAt, "occurredAt");
    }
  }

  /**
   * A contact left a segment or a list.
   *
   * @param tenant the tenant, never null
   * @param segment the segment or list name, never null
   * @param contactId the contact, never null
   * @param occurredAt when the change was found, by the CRM's clock, never null
   * @since 0.1
   */
  record ContactLeftSegment(
      TenantId tenant, String segment, ContactId contactId, Instant occurredAt)
      implements SegmentEvent {
    /**
     * Creates a {@code ContactLeftSegment}, checking its components as the type's comment
     * describes.
     */
    public ContactLeftSegment {
      requireNonNull(tenant, "tenant");
      SegmentDefinition.checkName(segment);
      requireNonNull(contactId, "contact id");
      requireNonNull(occurredAt, "occurredAt");
    }
  }
}
