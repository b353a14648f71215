package io.crmkit.jpa.internal.timeline;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One record's timeline entry for an activity: the record it concerns and, copied from the
 * activity, the instant it happened, so that the index on {@code (tenant_id, target, occurred_at,
 * activity_id)} serves a timeline page without touching other rows.
 */
@Embeddable
class TimelineLink {

  /**
   * The tenant's key column, written by the collection: read here so that a timeline query can bind
   * it, which lets a database without constant propagation through joins (H2) start from the
   * timeline index instead of scanning the tenant's activities.
   */
  @Column(name = "tenant_id", insertable = false, updatable = false)
  @Nullable String tenant;

  @Column(name = "target", length = 100, nullable = false)
  String target = "";

  @Column(name = "occurred_at", nullable = false)
  Instant occurredAt = Instant.EPOCH;

  /** For the persistence provider. */
  protected TimelineLink() {}

  TimelineLink(String target, Instant occurredAt) {
    this.target = target;
    this.occurredAt = occurredAt;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof TimelineLink that
        && target.equals(that.target)
        && occurredAt.equals(that.occurredAt);
  }

  @Override
  public int hashCode() {
    return Objects.hash(target, occurredAt);
  }
}
