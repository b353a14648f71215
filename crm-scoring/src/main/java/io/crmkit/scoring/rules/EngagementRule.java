package io.crmkit.scoring.rules;

import io.crmkit.core.timeline.ActivityDetails.CampaignEngagement;
import io.crmkit.core.timeline.ActivityDetails.FormSubmission;
import io.crmkit.core.timeline.ActivityDetails.PageVisit;
import io.crmkit.scoring.rules.RuleCondition.ActivityOfType;
import io.crmkit.scoring.rules.RuleCondition.CampaignEngaged;
import io.crmkit.scoring.rules.RuleCondition.FormSubmitted;
import io.crmkit.scoring.rules.RuleCondition.PageVisited;
import java.time.Duration;
import java.util.function.Predicate;

/**
 * An engagement rule compiled once: the activity type it listens to, a test on an activity read by
 * an {@link ActivityScan}, and the index of its half-life among the model's distinct half-lives, so
 * that activities matched by several rules with one half-life decay once.
 */
final class EngagementRule {

  /** What a compiled rule needs of the model's shared tables while it is being compiled. */
  interface Tables {
    /** Returns the number of {@code phrase} among the phrases page addresses are searched for. */
    int pagePhrase(String phrase);

    /** Returns the index of {@code halfLife} among the model's distinct half-lives. */
    int halfLife(Duration halfLife);
  }

  /** The type of {@link PageVisit} activities. */
  static final String PAGE_VISIT = "page_visit";

  /** The type of {@link CampaignEngagement} activities. */
  static final String CAMPAIGN_ENGAGEMENT = "campaign_engagement";

  /** The type of {@link FormSubmission} activities. */
  static final String FORM_SUBMISSION = "form_submission";

  private static final int NO_DECAY = -1;

  final int position;
  final int slot;
  final String name;
  final String activityType;
  private final long points;
  private final long cap;
  private final int halfLife;
  private final Predicate<ActivityScan> test;

  private EngagementRule(
      int position,
      int slot,
      ScoringRule rule,
      String activityType,
      int halfLife,
      Predicate<ActivityScan> test) {
    this.position = position;
    this.slot = slot;
    this.name = rule.name();
    this.points = rule.points() * 100L;
    this.cap = rule.cap() == null ? Long.MAX_VALUE : rule.cap() * 100L;
    this.halfLife = halfLife;
    this.activityType = activityType;
    this.test = test;
  }

  /**
   * Compiles {@code rule}, the {@code slot}-th engagement rule and the {@code position}-th rule of
   * its model, registering its phrase and half-life in {@code tables}.
   */
  static EngagementRule compile(int position, int slot, ScoringRule rule, Tables tables) {
    Duration period = rule.halfLife();
    int halfLife = period == null ? NO_DECAY : tables.halfLife(period);
    RuleCondition condition = rule.condition();
    if (condition instanceof PageVisited c) {
      int phrase = tables.pagePhrase(c.urlText());
      return new EngagementRule(
          position, slot, rule, PAGE_VISIT, halfLife, scan -> scan.pageContains(phrase));
    }
    if (condition instanceof CampaignEngaged c) {
      String engagement = c.engagement();
      return new EngagementRule(
          position,
          slot,
          rule,
          CAMPAIGN_ENGAGEMENT,
          halfLife,
          scan ->
              scan.details() instanceof CampaignEngagement campaign
                  && campaign.engagement().equalsIgnoreCase(engagement));
    }
    if (condition instanceof FormSubmitted c) {
      String form = c.form();
      return new EngagementRule(
          position,
          slot,
          rule,
          FORM_SUBMISSION,
          halfLife,
          scan ->
              scan.details() instanceof FormSubmission submission
                  && (form.isEmpty() || submission.form().equalsIgnoreCase(form)));
    }
    if (condition instanceof ActivityOfType c) {
      return new EngagementRule(position, slot, rule, c.type(), halfLife, scan -> true);
    }
    throw new IllegalArgumentException("not an engagement condition: " + condition);
  }

  /** Returns whether the activity {@code scan} is reading, of this rule's type, matches. */
  boolean matches(ActivityScan scan) {
    return test.test(scan);
  }

  /**
   * Returns what a match is worth, in hundredths, at the instant {@code scan} reads at: rounded to
   * a hundredth once, so that a sum of matches is exact whatever the order they were collected in.
   */
  long worth(ActivityScan scan) {
    return halfLife == NO_DECAY ? points : scan.decayed(points, halfLife);
  }

  /** Returns what the rule adds, in hundredths, for matches worth {@code sum} in all: capped. */
  long capped(long sum) {
    return Math.max(-cap, Math.min(cap, sum));
  }
}
