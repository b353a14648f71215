package io.crmkit.scoring.automation;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.automation.RecordFacts;
import io.crmkit.scoring.segment.CampaignEngagement;
import io.crmkit.scoring.segment.SegmentSubject;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A record's facts seen as a segment subject: its fields by name and its tags (the fact {@value
 * RecordFacts#TAGS}). A record has no activities or campaign engagement of its own: conditions that
 * test them are refused when they are parsed, so the answers here are never asked for.
 */
final class FactsSubject implements SegmentSubject {

  private final RecordFacts facts;

  FactsSubject(RecordFacts facts) {
    this.facts = requireNonNull(facts, "facts");
  }

  @Override
  public Optional<Object> value(String field) {
    return facts.value(field);
  }

  @Override
  public Set<String> tags() {
    return facts.tags();
  }

  @Override
  public boolean hasActivity(String type) {
    return false;
  }

  @Override
  public boolean hasActivityBetween(String type, Instant from, Instant to) {
    return false;
  }

  @Override
  public boolean engaged(CampaignEngagement engagement, String campaign, @Nullable Instant since) {
    return false;
  }
}
