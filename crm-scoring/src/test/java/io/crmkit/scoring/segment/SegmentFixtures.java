package io.crmkit.scoring.segment;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** A contact-like schema and map-backed subjects for segment tests. */
final class SegmentFixtures {

  static final Instant NOW = Instant.parse("2025-03-31T12:00:00Z");

  private SegmentFixtures() {}

  static SegmentSchema contacts() {
    return SegmentSchema.builder()
        .field("email", FieldType.TEXT)
        .field("givenName", FieldType.TEXT)
        .field("familyName", FieldType.TEXT)
        .field("owner", FieldType.TEXT)
        .choice("lifecycleStage", "subscriber", "lead", "opportunity", "customer", "evangelist")
        .field("country", FieldType.TEXT)
        .field("city", FieldType.TEXT)
        .field("createdAt", FieldType.INSTANT)
        .field("birthday", FieldType.DATE)
        .field("custom.size", FieldType.NUMBER)
        .field("custom.interests", FieldType.TEXT_SET)
        .field("custom.newsletter", FieldType.BOOLEAN)
        .field("score", FieldType.NUMBER)
        .choice("grade", "A", "B", "C", "D")
        .field("lastActivityAt", FieldType.INSTANT)
        .field("orderCount", FieldType.NUMBER)
        .field("orderValue", FieldType.DECIMAL)
        .build();
  }

  static Subject aSubject() {
    return new Subject();
  }

  /** A subject whose fields, tags and activities are set by the test. */
  static final class Subject implements SegmentSubject {

    private final Map<String, Object> values = new HashMap<>();
    private final Set<String> tags = new HashSet<>();
    private final List<Map.Entry<String, Instant>> activities = new ArrayList<>();
    private final Map<Map.Entry<CampaignEngagement, String>, Instant> engagements = new HashMap<>();

    Subject with(String field, Object value) {
      values.put(field, value);
      return this;
    }

    Subject tagged(String tag) {
      tags.add(tag);
      return this;
    }

    Subject activity(String type, Instant at) {
      activities.add(Map.entry(type, at));
      return this;
    }

    Subject showed(CampaignEngagement engagement, String campaign, Instant at) {
      engagements.put(Map.entry(engagement, campaign), at);
      return this;
    }

    @Override
    public Optional<Object> value(String field) {
      return Optional.ofNullable(values.get(field));
    }

    @Override
    public Set<String> tags() {
      return tags;
    }

    @Override
    public boolean hasActivity(String type) {
      return activities.stream().anyMatch(activity -> activity.getKey().equals(type));
    }

    @Override
    public boolean hasActivityBetween(String type, Instant from, Instant to) {
      return activities.stream()
          .anyMatch(
              activity ->
                  activity.getKey().equals(type)
                      && !activity.getValue().isBefore(from)
                      && !activity.getValue().isAfter(to));
    }

    @Override
    public boolean engaged(
        CampaignEngagement engagement, String campaign, @Nullable Instant since) {
      Instant at = engagements.get(Map.entry(engagement, campaign));
      return at != null && (since == null || !at.isBefore(since));
    }

    @Override
    public String toString() {
      return "Subject" + values + tags + activities + engagements;
    }
  }
}
