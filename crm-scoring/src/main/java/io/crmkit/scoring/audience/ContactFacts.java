package io.crmkit.scoring.audience;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Maps;
import io.crmkit.core.campaign.EngagementKind;
import io.crmkit.core.internal.Quoted;
import io.crmkit.core.money.Money;
import io.crmkit.core.timeline.Activity;
import io.crmkit.core.timeline.ActivityDetails;
import io.crmkit.scoring.segment.CampaignEngagement;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Currency;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What a contact's timeline says about it, worked out once so that segments can ask many times: the
 * instants of its activities by type, how many activities and orders it has, when the last one
 * happened, what its orders add up to, and when it last received, opened and clicked each
 * campaign's message (from the campaign engagements on its timeline).
 *
 * <p>Build it from the contact's activities with {@link #of(Collection)}, or, for bulk loads that
 * do not go through the timeline, with a {@link #builder()}. Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class ContactFacts {

  private static final ContactFacts NONE = builder().build();

  private final ImmutableMap<String, Instant[]> instantsByType;
  private final ImmutableMap<String, ImmutableMap<CampaignEngagement, Instant>> campaigns;
  private final long activityCount;
  private final @Nullable Instant lastActivityAt;
  private final long orderCount;
  private final @Nullable BigDecimal orderValue;

  private ContactFacts(Builder builder) {
    ImmutableMap.Builder<String, Instant[]> byType = ImmutableMap.builder();
    builder.instantsByType.forEach(
        (type, instants) -> {
          Instant[] sorted = instants.toArray(Instant[]::new);
          Arrays.sort(sorted);
          byType.put(type, sorted);
        });
    this.instantsByType = byType.build();
    ImmutableMap.Builder<String, ImmutableMap<CampaignEngagement, Instant>> byCampaign =
        ImmutableMap.builder();
    builder.campaigns.forEach(
        (campaign, latest) -> byCampaign.put(campaign, Maps.immutableEnumMap(latest)));
    this.campaigns = byCampaign.build();
    this.activityCount = builder.activityCount;
    this.lastActivityAt = builder.lastActivityAt;
    this.orderCount = builder.orderCount;
    this.orderValue = builder.mixedCurrencies ? null : builder.orderValue;
  }

  /** Returns the facts of a contact without any activity. */
  public static ContactFacts none() {
    return NONE;
  }

  /**
   * Returns the facts of a contact whose timeline holds these activities; an {@link
   * ActivityDetails.Order} counts as an order as well as an activity of type {@code order}.
   *
   * @param activities the contact's activities, in any order, never null
   */
  public static ContactFacts of(Collection<Activity> activities) {
    requireNonNull(activities, "activities");
    Builder builder = builder();
    activities.forEach(builder::activity);
    return builder.build();
  }

  /** Returns an empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Whether the contact has had an activity of the type at any time. */
  public boolean hasActivity(String type) {
    requireNonNull(type, "activity type");
    return instantsByType.containsKey(type);
  }

  /** Whether the contact has had an activity of the type between two instants, both inclusive. */
  public boolean hasActivityBetween(String type, Instant from, Instant to) {
    requireNonNull(type, "activity type");
    requireNonNull(from, "from");
    requireNonNull(to, "to");
    Instant[] instants = instantsByType.get(type);
    if (instants == null || from.isAfter(to)) {
      return false;
    }
    int index = Arrays.binarySearch(instants, from);
    // a miss returns -(insertion point) - 1: the first instant after from
    int first = index >= 0 ? index : -index - 1;
    return first < instants.length && !instants[first].isAfter(to);
  }

  /**
   * Whether the contact received, opened or clicked a message of the named campaign at or after
   * {@code since}, or at any time when it is null: its timeline holds such a campaign engagement.
   */
  public boolean engaged(CampaignEngagement engagement, String campaign, @Nullable Instant since) {
    requireNonNull(engagement, "engagement");
    requireNonNull(campaign, "campaign");
    Map<CampaignEngagement, Instant> latest = campaigns.get(campaign);
    Instant last = latest == null ? null : latest.get(engagement);
    return last != null && (since == null || !last.isBefore(since));
  }

  /** Returns how many activities the contact has, zero or more. */
  public long activityCount() {
    return activityCount;
  }

  /** Returns when the most recent activity happened, or empty without activities. */
  public Optional<Instant> lastActivityAt() {
    return Optional.ofNullable(lastActivityAt);
  }

  /** Returns how many orders the contact placed, zero or more. */
  public long orderCount() {
    return orderCount;
  }

  /**
   * Returns the sum of the order totals, zero without orders, or empty when the orders are in more
   * than one currency.
   */
  public Optional<BigDecimal> orderValue() {
    return Optional.ofNullable(orderValue);
  }

  @Override
  public String toString() {
    return "ContactFacts[activities="
        + activityCount
        + ", last="
        + lastActivityAt
        + ", orders="
        + orderCount
        + ", value="
        + orderValue
        + ", types="
        + instantsByType.keySet()
        + ", campaigns="
        + campaigns
        + "]";
  }

  /**
   * Collects a contact's activities and orders for {@link ContactFacts}. Not thread-safe.
   *
   * @since 0.1
   */
  public static final class Builder {

    private final Map<String, List<Instant>> instantsByType = new HashMap<>();
    private final Map<String, Map<CampaignEngagement, Instant>> campaigns = new HashMap<>();
    private long activityCount;
    private @Nullable Instant lastActivityAt;
    private long orderCount;
    private BigDecimal orderValue = BigDecimal.ZERO;
    private @Nullable Currency currency;
    private boolean mixedCurrencies;

    private Builder() {}

    /**
     * Adds an activity of the given type.
     *
     * @param type the activity type as {@link ActivityDetails#type()} spells it, never null or
     *     blank
     * @param at when it happened, never null
     */
    public Builder activity(String type, Instant at) {
      requireNonNull(type, "activity type");
      requireNonNull(at, "activity instant");
      checkArgument(!type.isBlank(), "activity type must not be blank: %s", Quoted.of(type));
      instantsByType.computeIfAbsent(type, key -> new ArrayList<>()).add(at);
      activityCount++;
      if (lastActivityAt == null || at.isAfter(lastActivityAt)) {
        lastActivityAt = at;
      }
      return this;
    }

    /**
     * Adds an activity from the timeline; an order also counts as an order, and a campaign
     * engagement as what it shows of the contact's engagement with its campaign.
     */
    public Builder activity(Activity activity) {
      requireNonNull(activity, "activity");
      ActivityDetails details = activity.entry().details();
      if (details instanceof ActivityDetails.Order order) {
        return order(activity.occurredAt(), order.total());
      }
      if (details instanceof ActivityDetails.CampaignEngagement engagement) {
        engagementKind(engagement.engagement())
            .ifPresent(kind -> campaign(engagement.campaign(), kind, activity.occurredAt()));
      }
      return activity(activity.type(), activity.occurredAt());
    }

    /**
     * Adds what an event about a message of the named campaign shows: a delivery, an open, a click,
     * ...; kinds that show no {@link CampaignEngagement} add nothing.
     *
     * @param campaign the campaign's name, never null
     * @param kind what the provider reported, never null
     * @param at when it happened, never null
     */
    public Builder campaign(String campaign, EngagementKind kind, Instant at) {
      requireNonNull(campaign, "campaign");
      requireNonNull(kind, "engagement kind");
      requireNonNull(at, "engagement instant");
      for (CampaignEngagement engagement : CampaignEngagement.values()) {
        if (engagement.shownBy(kind)) {
          campaigns
              .computeIfAbsent(campaign, key -> new EnumMap<>(CampaignEngagement.class))
              .merge(engagement, at, (old, added) -> added.isAfter(old) ? added : old);
        }
      }
      return this;
    }

    private static Optional<EngagementKind> engagementKind(String engagement) {
      for (EngagementKind kind : EngagementKind.values()) {
        if (kind.engagement().equals(engagement)) {
          return Optional.of(kind);
        }
      }
      return Optional.empty();
    }

    /**
     * Adds an order: an activity of type {@code order} with its total.
     *
     * @param at when it was placed, never null
     * @param total its total, never null
     */
    public Builder order(Instant at, Money total) {
      requireNonNull(total, "order total");
      activity("order", at);
      orderCount++;
      if (currency == null) {
        currency = total.currency();
      } else if (!currency.equals(total.currency())) {
        mixedCurrencies = true;
      }
      orderValue = orderValue.add(total.amount());
      return this;
    }

    /** Returns the facts collected so far. */
    public ContactFacts build() {
      return new ContactFacts(this);
    }
  }
}
