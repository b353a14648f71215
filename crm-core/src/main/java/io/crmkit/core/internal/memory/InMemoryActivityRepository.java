package io.crmkit.core.internal.memory;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.Page;
import io.crmkit.core.PageRequest;
import io.crmkit.core.RecordRef;
import io.crmkit.core.TenantId;
import io.crmkit.core.company.CompanyId;
import io.crmkit.core.contact.ContactId;
import io.crmkit.core.spi.ActivityRepository;
import io.crmkit.core.timeline.Activity;
import io.crmkit.core.timeline.ActivityId;
import io.crmkit.core.timeline.TimelinePosition;
import java.util.List;
import java.util.Optional;

/**
 * The timeline in memory: each contact's, company's and record's activities kept newest first, so
 * that a page of a timeline costs the page, not the history.
 *
 * @since 0.1
 */
public final class InMemoryActivityRepository implements ActivityRepository {

  private static final String CONTACT = "contact";
  private static final String COMPANY = "company";
  private static final String RECORD = "record";

  private final InMemoryTable<ActivityId, Activity> table;

  /**
   * @param store the store whose units of work cover this repository
   */
  public InMemoryActivityRepository(InMemoryStore store) {
    KeysetOrder<Activity, TimelinePosition> newestFirst =
        new KeysetOrder<>(
            TimelinePosition::of,
            TimelinePosition.NEWEST_FIRST,
            TimelinePosition::encode,
            TimelinePosition::decode);
    table =
        new InMemoryTable<>(
            "activity",
            store,
            IdOrders.byId(ActivityId::of),
            List.of(),
            List.of(
                new IndexDefinition<>(
                    CONTACT,
                    a -> a.entry().contacts().stream().map(Object::toString).toList(),
                    newestFirst),
                new IndexDefinition<>(
                    COMPANY,
                    a -> a.entry().companies().stream().map(Object::toString).toList(),
                    newestFirst),
                new IndexDefinition<>(
                    RECORD,
                    a -> a.entry().related().stream().map(Object::toString).toList(),
                    newestFirst)));
  }

  @Override
  public Optional<Activity> find(TenantId tenant, ActivityId id) {
    return table.find(tenant, id);
  }

  @Override
  public Page<Activity> forContact(TenantId tenant, ContactId contact, PageRequest page) {
    return table.page(tenant, CONTACT, contact.toString(), any -> true, page);
  }

  @Override
  public Page<Activity> forCompany(TenantId tenant, CompanyId company, PageRequest page) {
    return table.page(tenant, COMPANY, company.toString(), any -> true, page);
  }

  @Override
  public Page<Activity> forRecord(TenantId tenant, RecordRef record, PageRequest page) {
    return table.page(tenant, RECORD, record.toString(), any -> true, page);
  }

  @Override
  public long countForContact(TenantId tenant, ContactId contact) {
    return table.count(tenant, CONTACT, contact.toString());
  }

  @Override
  public void insert(Activity activity) {
    table.insert(activity);
  }

  @Override
  public void insertAll(List<Activity> activities) {
    table.insertAll(List.copyOf(requireNonNull(activities, "activities")));
  }

  @Override
  public void update(Activity activity, long expectedVersion) {
    table.update(activity, expectedVersion);
  }

  @Override
  public void delete(TenantId tenant, ActivityId id, long expectedVersion) {
    table.delete(tenant, id, expectedVersion);
  }
}
