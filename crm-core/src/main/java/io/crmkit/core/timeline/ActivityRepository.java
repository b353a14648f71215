package io.crmkit.core.timeline;

import io.crmkit.core.common.Page;
import io.crmkit.core.common.PageRequest;
import io.crmkit.core.common.RecordRef;
import io.crmkit.core.common.TenantId;
import io.crmkit.core.company.CompanyId;
import io.crmkit.core.contact.ContactId;
import java.util.Optional;

/**
 * The port that stores the timeline's activities. Timelines are paged newest first by {@link
 * TimelinePosition}, whose cursors every adapter understands.
 *
 * <p>Adapters pass the contract suite {@code ActivityRepositoryContract} of the crm-core test-jar.
 *
 * @since 0.1
 */
public interface ActivityRepository {

  /** Returns the activity {@code id} of {@code tenant}. */
  Optional<Activity> find(TenantId tenant, ActivityId id);

  /** Returns a page of the activities concerning {@code contact}, newest first. */
  Page<Activity> forContact(TenantId tenant, ContactId contact, PageRequest page);

  /** Returns a page of the activities concerning {@code company}, newest first. */
  Page<Activity> forCompany(TenantId tenant, CompanyId company, PageRequest page);

  /** Returns a page of the activities concerning {@code record}, newest first. */
  Page<Activity> forRecord(TenantId tenant, RecordRef record, PageRequest page);

  /** Returns the number of activities concerning {@code contact}. */
  long countForContact(TenantId tenant, ContactId contact);

  /** Stores a new activity. */
  void insert(Activity activity);

  /** Replaces the stored version {@code expectedVersion} by {@code activity}. */
  void update(Activity activity, long expectedVersion);

  /** Deletes the stored version {@code expectedVersion} of the activity {@code id}. */
  void delete(TenantId tenant, ActivityId id, long expectedVersion);
}
