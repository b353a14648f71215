package io.crmkit.scoring.rules;

import static io.crmkit.core.fixtures.ContactFixtures.aContact;
import static io.crmkit.scoring.rules.ScoringFixtures.NOW;
import static io.crmkit.scoring.rules.ScoringFixtures.activity;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.crmkit.core.Tag;
import io.crmkit.core.company.Company;
import io.crmkit.core.contact.Contact;
import io.crmkit.core.contact.ContactDetails;
import io.crmkit.core.fixtures.ContactFixtures;
import io.crmkit.core.party.LifecycleStage;
import io.crmkit.core.timeline.Activity;
import io.crmkit.core.timeline.ActivityDetails;
import io.crmkit.core.timeline.ActivityDetails.CampaignEngagement;
import io.crmkit.core.timeline.ActivityDetails.Email;
import io.crmkit.core.timeline.ActivityDetails.FormSubmission;
import io.crmkit.core.timeline.ActivityDetails.Note;
import io.crmkit.core.timeline.ActivityDetails.PageVisit;
import io.crmkit.core.timeline.Direction;
import io.crmkit.scoring.rules.RuleCondition.ActivityOfType;
import io.crmkit.scoring.rules.RuleCondition.CampaignEngaged;
import io.crmkit.scoring.rules.RuleCondition.CompanyEmployeesBetween;
import io.crmkit.scoring.rules.RuleCondition.CountryIn;
import io.crmkit.scoring.rules.RuleCondition.FormSubmitted;
import io.crmkit.scoring.rules.RuleCondition.HasTag;
import io.crmkit.scoring.rules.RuleCondition.JobTitleContains;
import io.crmkit.scoring.rules.RuleCondition.LifecycleStageIn;
import io.crmkit.scoring.rules.RuleCondition.PageVisited;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Incremental scoring, one activity at a time from the stored score, must give exactly the score a
 * full recompute gives at the same instant: same points to the hundredth, same grade, same
 * explanation.
 */
class IncrementalScoringProperties {

  private static final List<RuleCondition> CONDITIONS =
      List.of(
          new JobTitleContains("vp"),
          new CompanyEmployeesBetween(50, 500),
          new HasTag(Tag.of("vip")),
          new LifecycleStageIn(Set.of(LifecycleStage.LEAD)),
          new CountryIn(Set.of("DE")),
          new PageVisited("/pricing"),
          new PageVisited("example.com"),
          new CampaignEngaged("clicked"),
          new CampaignEngaged("unsubscribed"),
          FormSubmitted.anyForm(),
          new FormSubmitted("demo"),
          new ActivityOfType("email_in"),
          new ActivityOfType("note"));

  private static final List<ActivityDetails> ACTIVITIES =
      List.of(
          new PageVisit(URI.create("https://example.com/pricing")),
          new PageVisit(URI.create("https://example.com/blog")),
          new CampaignEngagement("launch", "clicked"),
          new CampaignEngagement("launch", "unsubscribed"),
          new CampaignEngagement("launch", "opened"),
          new FormSubmission("demo", Map.of()),
          new FormSubmission("newsletter", Map.of()),
          new Email(Direction.INBOUND, ""),
          new Note());

  private static final List<String> TITLES = List.of("", "VP Sales", "Engineer", "SVP");

  private static final int MAX_AGE_SECONDS = 200 * 24 * 3600;

  /** A rule: condition, points, cap (0 for none) and half-life in hours (0 for none). */
  private static final Gen<ScoringRule> RULES =
      integers()
          .between(0, CONDITIONS.size() - 1)
          .zip(
              integers()
                  .between(1, 60)
                  .zip(booleans().all(), (points, penalty) -> penalty ? -points : points),
              integers().between(0, 40),
              integers().between(0, 24 * 120),
              (condition, points, cap, hours) ->
                  rule(CONDITIONS.get(condition), points, cap, hours));

  private static final Gen<ScoringModel> MODELS =
      lists()
          .of(RULES)
          .ofSizeBetween(1, 12)
          .zip(
              integers().between(-20, 60),
              integers().between(-40, 60),
              (rules, fitC, engagementC) -> model(rules, fitC, engagementC));

  /** What is known of a contact: title, tag, company size and country, stage. */
  private static final Gen<int[]> PROFILES =
      integers()
          .between(0, TITLES.size() - 1)
          .zip(
              booleans().all(),
              integers().between(0, 1000),
              booleans().all(),
              (title, vip, employees, german) ->
                  new int[] {title, vip ? 1 : 0, employees, german ? 1 : 0});

  /** An activity: its kind and its age in seconds at the scoring instant. */
  private static final Gen<List<int[]>> STREAMS =
      lists()
          .of(
              integers()
                  .between(0, ACTIVITIES.size() - 1)
                  .zip(
                      integers().between(-3600, MAX_AGE_SECONDS),
                      (kind, age) -> new int[] {kind, age}))
          .ofSizeBetween(0, 25);

  private static ScoringRule rule(RuleCondition condition, int points, int cap, int hours) {
    ScoringRule rule = ScoringRule.of("rule", condition, points);
    if (cap > 0) {
      rule = rule.withCap(cap);
    }
    if (hours > 0 && condition.family() == RuleFamily.ENGAGEMENT) {
      rule = rule.withHalfLife(Duration.ofHours(hours));
    }
    return rule;
  }

  private static ScoringModel model(List<ScoringRule> rules, int fitC, int engagementC) {
    ScoringModel.Builder builder =
        ScoringModel.builder("random")
            .grading(
                Grading.of(
                    fitC + 40, fitC + 20, fitC, engagementC + 40, engagementC + 20, engagementC));
    for (int i = 0; i < rules.size(); i++) {
      ScoringRule rule = rules.get(i);
      builder.rule(
          new ScoringRule(
              "rule " + i, rule.condition(), rule.points(), rule.cap(), rule.halfLife()));
    }
    return builder.build();
  }

  private static Company company(int[] profile) {
    return ScoringFixtures.companyOf(profile[2], profile[3] == 1 ? "DE" : "FR");
  }

  private static Contact contact(int[] profile, Company company) {
    ContactFixtures fixture =
        aContact()
            .atCompany(company.id())
            .atStage(profile[0] % 2 == 0 ? LifecycleStage.LEAD : LifecycleStage.SUBSCRIBER);
    if (profile[1] == 1) {
      fixture.withTag("vip");
    }
    Contact contact = fixture.build();
    ContactDetails titled = contact.details().toBuilder().jobTitle(TITLES.get(profile[0])).build();
    return Contact.restore(
        contact.id(),
        contact.tenant(),
        contact.revision(),
        titled,
        contact.owner(),
        contact.lifecycle(),
        false);
  }

  private static List<Activity> activities(Contact contact, List<int[]> stream) {
    List<Activity> activities = new ArrayList<>();
    for (int[] spec : stream) {
      activities.add(activity(contact.id(), ACTIVITIES.get(spec[0]), NOW.minusSeconds(spec[1])));
    }
    return activities;
  }

  @Test
  void addingActivitiesOneByOneEqualsAFullRecomputeAtTheSameInstant() {
    qt().forAll(MODELS, PROFILES, STREAMS)
        .checkAssert(
            (model, profile, stream) -> {
              ScoringEngine engine = ScoringEngine.compile(model);
              Company company = company(profile);
              Contact contact = contact(profile, company);
              List<Activity> activities = activities(contact, stream);

              // each step rescored when its activity was logged; the last one now
              Score incremental =
                  engine.score(contact, company, List.of(), NOW.minus(Duration.ofDays(400)));
              for (int i = 0; i < activities.size(); i++) {
                Activity activity = activities.get(i);
                Instant at = i == activities.size() - 1 ? NOW : activity.occurredAt();
                incremental = engine.withActivity(incremental, contact, company, activity, at);
              }
              if (activities.isEmpty()) {
                incremental = engine.score(contact, company, List.of(), NOW);
              }

              Score full = engine.score(contact, company, activities, NOW);
              assertThat(incremental).isEqualTo(full);
              assertThat(full.total()).isEqualTo(full.fit().plus(full.engagement()));
              assertThat(full.grade())
                  .isEqualTo(model.grading().grade(full.fit(), full.engagement()));
            });
  }

  @Test
  void batchScoringEqualsScoringEachContactAlone() {
    qt().forAll(MODELS, PROFILES, STREAMS)
        .checkAssert(
            (model, profile, stream) -> {
              ScoringEngine engine = ScoringEngine.compile(model);
              Company company = company(profile);
              Contact contact = contact(profile, company);
              Contact idle = aContact().build();
              List<Activity> activities = activities(contact, stream);

              List<Score> batch =
                  engine.scoreAll(
                      List.of(contact, idle),
                      Map.of(company.id(), company),
                      Map.of(contact.id(), activities),
                      NOW);

              assertThat(batch)
                  .containsExactly(
                      engine.score(contact, company, activities, NOW),
                      engine.score(idle, null, List.of(), NOW));
            });
  }
}
