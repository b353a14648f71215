package io.crmkit.core.timeline;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.crmkit.core.Aggregate;
import io.crmkit.core.Changed;
import io.crmkit.core.Revision;
import io.crmkit.core.TenantId;
import io.crmkit.core.UserId;
import io.crmkit.core.timeline.ActivityEvent.ActivityLogged;
import io.crmkit.core.timeline.ActivityEvent.ActivityUpdated;
import java.time.Instant;
import java.util.Objects;

/**
 * One interaction on the timeline: what happened, when, who logged it, and the records it concerns.
 *
 * @since 0.1
 */
public final class Activity implements Aggregate<ActivityId> {

  private final ActivityId id;
  private final TenantId tenant;
  private final Revision revision;
  private final UserId owner;
  private final Instant occurredAt;
  private final ActivityEntry entry;

  private Activity(
      ActivityId id,
      TenantId tenant,
      Revision revision,
      UserId owner,
      Instant occurredAt,
      ActivityEntry entry) {
    this.id = requireNonNull(id, "id");
    this.tenant = requireNonNull(tenant, "tenant");
    this.revision = requireNonNull(revision, "revision");
    this.owner = requireNonNull(owner, "owner");
    this.occurredAt = requireNonNull(occurredAt, "occurredAt");
    this.entry = requireNonNull(entry, "entry").at(occurredAt);
    checkArgument(
        entry.concernsAnything(), "activity %s concerns no contact, company or other record", id);
  }

  /**
   * Logs an activity.
   *
   * @param id its new id
   * @param tenant its tenant
   * @param entry what happened; without an instant it happened {@code at}
   * @param at now, by the CRM's clock
   * @param by who logs it (its owner)
   * @throws IllegalArgumentException if the entry concerns no record
   */
  public static Changed<Activity> log(
      ActivityId id, TenantId tenant, ActivityEntry entry, Instant at, UserId by) {
    Instant occurred = entry.occurredAt() == null ? at : entry.occurredAt();
    Activity activity = new Activity(id, tenant, Revision.first(at), by, occurred, entry);
    return Changed.of(activity, new ActivityLogged(tenant, id, entry.details().type(), at, by));
  }

  /** Rebuilds an activity from storage; for persistence adapters. */
  public static Activity restore(
      ActivityId id, TenantId tenant, Revision revision, UserId owner, ActivityEntry entry) {
    return new Activity(
        id, tenant, revision, owner, requireNonNull(entry.occurredAt(), "occurredAt"), entry);
  }

  /** Replaces what is recorded of the activity; an entry without an instant keeps the old one. */
  public Changed<Activity> update(ActivityEntry entry, Instant at, UserId by) {
    Instant occurred = entry.occurredAt() == null ? occurredAt : entry.occurredAt();
    return Changed.of(
        new Activity(id, tenant, revision.next(at), owner, occurred, entry),
        new ActivityUpdated(tenant, id, at, by));
  }

  @Override
  public ActivityId id() {
    return id;
  }

  @Override
  public TenantId tenant() {
    return tenant;
  }

  @Override
  public long version() {
    return revision.version();
  }

  /** Returns its version and when it was logged and last updated. */
  public Revision revision() {
    return revision;
  }

  /** Returns who logged it. */
  public UserId owner() {
    return owner;
  }

  /** Returns when it happened. */
  public Instant occurredAt() {
    return occurredAt;
  }

  /** Returns its type key, for example {@code call}. */
  public String type() {
    return entry.details().type();
  }

  /** Returns what was recorded: details, subject, body and the records it concerns. */
  public ActivityEntry entry() {
    return entry;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Activity that
        && id.equals(that.id)
        && tenant.equals(that.tenant)
        && revision.equals(that.revision)
        && owner.equals(that.owner)
        && entry.equals(that.entry);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, tenant, revision.version());
  }

  @Override
  public String toString() {
    return "Activity[" + id + " " + type() + " at " + occurredAt + "]";
  }
}
