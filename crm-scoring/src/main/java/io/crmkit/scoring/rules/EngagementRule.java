package io.crmkit.scoring.rules;

import io.crmkit.core.timeline.ActivityDetails;
import io.crmkit.core.timeline.ActivityDetails.CampaignEngagement;
import io.crmkit.core.timeline.ActivityDetails.FormSubmission;
import io.crmkit.core.timeline.ActivityDetails.PageVisit;
import io.crmkit.scoring.rules.Evidence.ActivityMatch;
import io.crmkit.scoring.rules.RuleCondition.ActivityOfType;
import io.crmkit.scoring.rules.RuleCondition.CampaignEngaged;
import io.crmkit.scoring.rules.RuleCondition.FormSubmitted;
import io.crmkit.scoring.rules.RuleCondition.PageVisited;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * An engagement rule compiled once: the activity type it listens to, a test on the activity's
 * details, and its decay rate, so that the worth of a match is one exponential.
 */
final class EngagementRule {

  final int position;
  final int slot;
  final String name;
  final String activityType;
  private final long points;
  private final long cap;
  private final double decayPerSecond;
  private final Predicate<ActivityDetails> test;

  private EngagementRule(
      int position,
      int slot,
      ScoringRule rule,
      String activityType,
      Predicate<ActivityDetails> test) {
    this.position = position;
    this.slot = slot;
    this.name = rule.name();
    this.points = rule.points() * 100L;
    this.cap = rule.cap() == null ? Long.MAX_VALUE : rule.cap() * 100L;
    Duration halfLife = rule.halfLife();
    this.decayPerSecond = halfLife == null ? 0 : StrictMath.log(2) / halfLife.toSeconds();
    this.activityType = activityType;
    this.test = test;
  }

  /**
   * Compiles {@code rule}, the {@code slot}-th engagement rule and the {@code position}-th rule of
   * its model.
   */
  static EngagementRule compile(int position, int slot, ScoringRule rule) {
    RuleCondition condition = rule.condition();
    if (condition instanceof PageVisited c) {
      return new EngagementRule(
          position,
          slot,
          rule,
          "page_visit",
          details -> Text.containsIgnoreCase(((PageVisit) details).url().toString(), c.urlText()));
    }
    if (condition instanceof CampaignEngaged c) {
      return new EngagementRule(
          position,
          slot,
          rule,
          "campaign_engagement",
          details -> ((CampaignEngagement) details).engagement().equalsIgnoreCase(c.engagement()));
    }
    if (condition instanceof FormSubmitted c) {
      return new EngagementRule(
          position,
          slot,
          rule,
          "form_submission",
          details ->
              c.form().isEmpty() || ((FormSubmission) details).form().equalsIgnoreCase(c.form()));
    }
    if (condition instanceof ActivityOfType c) {
      return new EngagementRule(position, slot, rule, c.type(), details -> true);
    }
    throw new IllegalArgumentException("not an engagement condition: " + condition);
  }

  /** Returns whether an activity of this rule's type, with {@code details}, matches. */
  boolean matches(ActivityDetails details) {
    return test.test(details);
  }

  /**
   * Returns what the rule adds for its matches {@code occurrences}, oldest first, at instant {@code
   * at}. Each match is rounded to a hundredth once, so the sum is exact whatever the order in which
   * the matches were collected; an activity dated after {@code at} counts as new.
   */
  RuleContribution contribution(List<Occurrence> occurrences, Instant at) {
    List<Evidence> evidence = new ArrayList<>(occurrences.size());
    long sum = 0;
    for (Occurrence occurrence : occurrences) {
      long worth = worth(occurrence.occurredAt(), at);
      sum += worth;
      evidence.add(
          new ActivityMatch(
              occurrence.activity(), occurrence.occurredAt(), Points.ofHundredths(worth)));
    }
    long capped = Math.max(-cap, Math.min(cap, sum));
    return new RuleContribution(
        name, RuleFamily.ENGAGEMENT, Points.ofHundredths(capped), capped != sum, evidence);
  }

  private long worth(Instant occurredAt, Instant at) {
    if (decayPerSecond == 0) {
      return points;
    }
    long age = Math.max(0, at.getEpochSecond() - occurredAt.getEpochSecond());
    // StrictMath: the same inputs must give the same bits in the interpreter and in compiled code,
    // or an incremental score could differ from a full one by a hundredth.
    return Math.round(points * StrictMath.exp(-decayPerSecond * age));
  }
}
