package io.crmkit.scoring.rules;

import static io.crmkit.core.fixtures.ContactFixtures.aContact;
import static io.crmkit.scoring.rules.ScoringFixtures.NOW;
import static io.crmkit.scoring.rules.ScoringFixtures.campaign;
import static io.crmkit.scoring.rules.ScoringFixtures.companyOf;
import static io.crmkit.scoring.rules.ScoringFixtures.form;
import static io.crmkit.scoring.rules.ScoringFixtures.pageVisit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.Tag;
import io.crmkit.core.company.Company;
import io.crmkit.core.contact.Contact;
import io.crmkit.core.contactpoint.PostalAddress;
import io.crmkit.core.customfield.CustomFieldValue;
import io.crmkit.core.party.LifecycleStage;
import io.crmkit.core.timeline.Activity;
import io.crmkit.core.timeline.ActivityDetails.Other;
import io.crmkit.scoring.rules.Evidence.ActivityMatch;
import io.crmkit.scoring.rules.Evidence.FieldValue;
import io.crmkit.scoring.rules.RuleCondition.ActivityOfType;
import io.crmkit.scoring.rules.RuleCondition.CampaignEngaged;
import io.crmkit.scoring.rules.RuleCondition.CompanyEmployeesBetween;
import io.crmkit.scoring.rules.RuleCondition.CountryIn;
import io.crmkit.scoring.rules.RuleCondition.CustomFieldBetween;
import io.crmkit.scoring.rules.RuleCondition.CustomFieldEquals;
import io.crmkit.scoring.rules.RuleCondition.CustomFieldIn;
import io.crmkit.scoring.rules.RuleCondition.FormSubmitted;
import io.crmkit.scoring.rules.RuleCondition.HasTag;
import io.crmkit.scoring.rules.RuleCondition.JobTitleContains;
import io.crmkit.scoring.rules.RuleCondition.LifecycleStageIn;
import io.crmkit.scoring.rules.RuleCondition.PageVisited;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class ScoringEngineTests {

  private static ScoringEngine engineOf(ScoringRule... rules) {
    ScoringModel.Builder builder = ScoringModel.builder("test");
    for (ScoringRule rule : rules) {
      builder.rule(rule);
    }
    return ScoringEngine.compile(builder.build());
  }

  private static Score score(
      ScoringEngine engine, Contact contact, @Nullable Company company, Activity... activities) {
    return engine.score(contact, company, List.of(activities), NOW);
  }

  private static Contact withTitle(String title) {
    Contact contact = aContact().build();
    return Contact.restore(
        contact.id(),
        contact.tenant(),
        contact.revision(),
        contact.details().toBuilder().jobTitle(title).build(),
        contact.owner(),
        contact.lifecycle(),
        false);
  }

  @Test
  void jobTitleRuleFiresOnAPartOfTheTitleWhateverItsCase() {
    ScoringEngine engine = engineOf(ScoringRule.of("vp", new JobTitleContains("VP"), 15));

    Score vp = score(engine, withTitle("Regional vp of Sales"), null);
    Score engineer = score(engine, withTitle("Engineer"), null);

    assertThat(vp.fit()).isEqualTo(Points.of(15));
    assertThat(vp.contributions())
        .containsExactly(
            new RuleContribution(
                "vp",
                RuleFamily.FIT,
                Points.of(15),
                false,
                List.of(new FieldValue("jobTitle", "Regional vp of Sales"))));
    assertThat(engineer.fit()).isEqualTo(Points.ZERO);
    assertThat(engineer.contributions()).isEmpty();
  }

  @Test
  void companySizeRuleCountsBothEndsOfTheRangeAndNeedsACompany() {
    ScoringEngine engine =
        engineOf(ScoringRule.of("size", new CompanyEmployeesBetween(50, 500), 10));
    Contact contact = aContact().build();

    assertThat(score(engine, contact, companyOf(50, "DE")).fit()).isEqualTo(Points.of(10));
    assertThat(score(engine, contact, companyOf(500, "DE")).fit()).isEqualTo(Points.of(10));
    assertThat(score(engine, contact, companyOf(501, "DE")).fit()).isEqualTo(Points.ZERO);
    assertThat(score(engine, contact, null).fit()).isEqualTo(Points.ZERO);
    assertThat(score(engine, contact, companyOf(120, "DE")).contributions().get(0).evidence())
        .containsExactly(new FieldValue("company.employees", "120"));
  }

  @Test
  void countryComesFromTheContactsFirstAddressElseFromTheCompany() {
    ScoringEngine engine =
        engineOf(ScoringRule.of("dach", new CountryIn(Set.of("DE", "AT", "CH")), 5));
    Contact noAddress = aContact().build();
    Contact inFrance =
        Contact.restore(
            noAddress.id(),
            noAddress.tenant(),
            noAddress.revision(),
            noAddress.details().toBuilder()
                .address(PostalAddress.builder().city("Paris").country("FR").build())
                .build(),
            noAddress.owner(),
            noAddress.lifecycle(),
            false);

    Score fromCompany = score(engine, noAddress, companyOf(10, "AT"));
    Score ownAddressWins = score(engine, inFrance, companyOf(10, "AT"));

    assertThat(fromCompany.fit()).isEqualTo(Points.of(5));
    assertThat(fromCompany.contributions().get(0).evidence())
        .containsExactly(new FieldValue("company.addresses[0].countryCode", "AT"));
    assertThat(ownAddressWins.fit()).isEqualTo(Points.ZERO);
  }

  @Test
  void tagCustomFieldAndLifecycleRulesFireOnTheirValues() {
    ScoringEngine engine =
        engineOf(
            ScoringRule.of("vip", new HasTag(Tag.of("VIP")), 7),
            ScoringRule.of("plan", new CustomFieldEquals("plan", "enterprise"), 8),
            ScoringRule.of(
                "industry", new CustomFieldIn("industry", Set.of("retail", "banking")), 4),
            ScoringRule.of(
                "seats",
                new CustomFieldBetween("seats", new BigDecimal("10"), new BigDecimal("99.5")),
                6),
            ScoringRule.of(
                "stage", new LifecycleStageIn(Set.of(LifecycleStage.MARKETING_QUALIFIED)), 3));
    Contact contact =
        aContact()
            .withTag("vip")
            .withCustomField("plan", CustomFieldValue.Choice.of("Enterprise"))
            .withCustomField("industry", CustomFieldValue.Text.of("banking"))
            .withCustomField("seats", CustomFieldValue.Number.of(99))
            .atStage(LifecycleStage.MARKETING_QUALIFIED)
            .build();

    Score score = score(engine, contact, null);

    assertThat(score.fit()).isEqualTo(Points.of(7 + 8 + 4 + 6 + 3));
    assertThat(score.contributions())
        .extracting(RuleContribution::evidence)
        .containsExactly(
            List.of(new FieldValue("tags", "vip")),
            List.of(new FieldValue("customFields.plan", "Enterprise")),
            List.of(new FieldValue("customFields.industry", "banking")),
            List.of(new FieldValue("customFields.seats", "99")),
            List.of(new FieldValue("lifecycleStage", "MARKETING_QUALIFIED")));
  }

  @Test
  void customFieldRangeIgnoresValuesOutsideItAndNonNumbers() {
    ScoringEngine engine =
        engineOf(
            ScoringRule.of(
                "seats", new CustomFieldBetween("seats", BigDecimal.ONE, BigDecimal.TEN), 6));

    Score tooMany =
        score(
            engine,
            aContact().withCustomField("seats", CustomFieldValue.Number.of(11)).build(),
            null);
    Score text =
        score(
            engine,
            aContact().withCustomField("seats", CustomFieldValue.Text.of("5")).build(),
            null);

    assertThat(tooMany.fit()).isEqualTo(Points.ZERO);
    assertThat(text.fit()).isEqualTo(Points.ZERO);
  }

  @Test
  void engagementRulesCountEachMatchingActivityWithItsId() {
    ScoringEngine engine =
        engineOf(
            ScoringRule.of("pricing", new PageVisited("/pricing"), 20),
            ScoringRule.of("form", FormSubmitted.anyForm(), 25),
            ScoringRule.of("calls", new ActivityOfType("page_visit"), 1));
    Contact contact = aContact().build();
    Activity pricing =
        pageVisit(contact, "https://example.com/Pricing?plan=pro", NOW.minusSeconds(60));
    Activity blog = pageVisit(contact, "https://example.com/blog", NOW.minusSeconds(30));
    Activity demo = form(contact, "demo", NOW.minusSeconds(10));

    Score score = score(engine, contact, null, pricing, blog, demo);

    assertThat(score.engagement()).isEqualTo(Points.of(20 + 25 + 2));
    assertThat(score.contributions().get(0).evidence())
        .containsExactly(new ActivityMatch(pricing.id(), pricing.occurredAt(), Points.of(20)));
    assertThat(score.contributions().get(2).evidence())
        .extracting(evidence -> ((ActivityMatch) evidence).activity())
        .containsExactly(pricing.id(), blog.id());
  }

  @Test
  void capLimitsTheRulesTotalAndIsShownInTheExplanation() {
    ScoringEngine engine =
        engineOf(ScoringRule.of("clicks", new CampaignEngaged("clicked"), 3).withCap(15));
    Contact contact = aContact().build();
    Activity[] clicks = new Activity[7];
    for (int i = 0; i < clicks.length; i++) {
      clicks[i] = campaign(contact, "clicked", NOW.minusSeconds(100 - i));
    }

    Score score = score(engine, contact, null, clicks);

    RuleContribution contribution = score.contributions().get(0);
    assertThat(contribution.points()).isEqualTo(Points.of(15));
    assertThat(contribution.capped()).isTrue();
    assertThat(contribution.evidence()).hasSize(7);
    assertThat(score.engagement()).isEqualTo(Points.of(15));
  }

  @Test
  void negativePointsArePenaltiesBoundedByTheCap() {
    ScoringEngine engine =
        engineOf(
            ScoringRule.of("unsubscribed", new CampaignEngaged("unsubscribed"), -50).withCap(50),
            ScoringRule.of("form", FormSubmitted.anyForm(), 25));
    Contact contact = aContact().build();

    Score score =
        score(
            engine,
            contact,
            null,
            campaign(contact, "unsubscribed", NOW.minusSeconds(20)),
            campaign(contact, "Unsubscribed", NOW.minusSeconds(10)),
            form(contact, "trial", NOW.minusSeconds(5)));

    assertThat(score.engagement()).isEqualTo(Points.of(-25));
    assertThat(score.contributions().get(0).points()).isEqualTo(Points.of(-50));
    assertThat(score.contributions().get(0).capped()).isTrue();
  }

  @Test
  void halfLifeHalvesAContributionPerHalfLifeOfAge() {
    ScoringEngine engine =
        engineOf(
            ScoringRule.of("pricing", new PageVisited("/pricing"), 20)
                .withHalfLife(Duration.ofDays(10)));
    Contact contact = aContact().build();
    Activity fresh = pageVisit(contact, "https://example.com/pricing", NOW);
    Activity tenDays =
        pageVisit(contact, "https://example.com/pricing", NOW.minus(Duration.ofDays(10)));
    Activity twentyDays =
        pageVisit(contact, "https://example.com/pricing", NOW.minus(Duration.ofDays(20)));
    Activity fiveDays =
        pageVisit(contact, "https://example.com/pricing", NOW.minus(Duration.ofDays(5)));

    Score score = score(engine, contact, null, fresh, tenDays, twentyDays, fiveDays);

    assertThat(score.contributions().get(0).evidence())
        .extracting(evidence -> ((ActivityMatch) evidence).points())
        .containsExactly(Points.of(5), Points.of(10), Points.ofHundredths(1414), Points.of(20));
    assertThat(score.engagement()).isEqualTo(Points.ofHundredths(500 + 1000 + 1414 + 2000));
  }

  @Test
  void activityDatedAfterTheScoringInstantCountsAsNew() {
    ScoringEngine engine =
        engineOf(
            ScoringRule.of("pricing", new PageVisited("/pricing"), 20)
                .withHalfLife(Duration.ofDays(1)));
    Contact contact = aContact().build();

    Score score =
        score(
            engine,
            contact,
            null,
            pageVisit(contact, "https://example.com/pricing", NOW.plusSeconds(60)));

    assertThat(score.engagement()).isEqualTo(Points.of(20));
  }

  @Test
  void gradeCombinesTheFitLetterAndTheEngagementNumber() {
    ScoringModel model =
        ScoringModel.builder("graded")
            .rule(ScoringRule.of("vp", new JobTitleContains("VP"), 30))
            .rule(ScoringRule.of("form", FormSubmitted.anyForm(), 25))
            .grading(Grading.of(40, 25, 10, 50, 25, 10))
            .build();
    ScoringEngine engine = ScoringEngine.compile(model);
    Contact vp = withTitle("VP Marketing");

    assertThat(score(engine, vp, null, form(vp, "demo", NOW)).grade()).isEqualTo(Grade.parse("B2"));
    assertThat(score(engine, withTitle("Intern"), null).grade()).isEqualTo(Grade.parse("D4"));
    assertThat(score(engine, vp, null, form(vp, "a", NOW), form(vp, "b", NOW)).grade())
        .isEqualTo(Grade.parse("B1"));
  }

  @Test
  void scoreAllScoresEachContactWithItsOwnCompanyAndActivities() {
    ScoringEngine engine =
        engineOf(
            ScoringRule.of("size", new CompanyEmployeesBetween(50, 500), 10),
            ScoringRule.of("form", FormSubmitted.anyForm(), 25));
    Company initech = companyOf(120, "DE");
    Contact employee = aContact().atCompany(initech.id()).build();
    Contact stranger = aContact().build();
    Activity submitted = form(stranger, "demo", NOW);

    List<Score> scores =
        engine.scoreAll(
            List.of(employee, stranger),
            Map.of(initech.id(), initech),
            Map.of(stranger.id(), List.of(submitted)),
            NOW);

    assertThat(scores)
        .extracting(Score::contact, Score::total)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(employee.id(), Points.of(10)),
            org.assertj.core.groups.Tuple.tuple(stranger.id(), Points.of(25)));
    assertThat(scores.get(1)).isEqualTo(engine.score(stranger, null, List.of(submitted), NOW));
  }

  @Test
  void withActivityRefusesAScoreOfAnotherContactOrModel() {
    ScoringEngine engine = engineOf(ScoringRule.of("form", FormSubmitted.anyForm(), 25));
    ScoringEngine other =
        ScoringEngine.compile(
            ScoringModel.builder("other")
                .rule(ScoringRule.of("form", FormSubmitted.anyForm(), 5))
                .build());
    Contact ana = aContact().build();
    Contact bob = aContact().named("Bob", "Stone").build();
    Score anas = score(engine, ana, null);

    assertThatThrownBy(() -> engine.withActivity(anas, bob, null, form(bob, "x", NOW), NOW))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("score of contact " + ana.id());
    assertThatThrownBy(() -> other.withActivity(anas, ana, null, form(ana, "x", NOW), NOW))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("score by model 'test' given to model 'other'");
  }

  @Test
  void withActivityCountsAnActivityOnlyOnceWhenGivenTwice() {
    ScoringEngine engine = engineOf(ScoringRule.of("form", FormSubmitted.anyForm(), 25));
    Contact ana = aContact().build();
    Activity demo = form(ana, "demo", NOW);

    Score once = engine.withActivity(score(engine, ana, null), ana, null, demo, NOW);
    Score twice = engine.withActivity(once, ana, null, demo, NOW);

    assertThat(twice).isEqualTo(once);
    assertThat(twice.engagement()).isEqualTo(Points.of(25));
  }

  @Test
  void theOrderActivitiesComeInChangesNeitherPointsNorExplanation() {
    ScoringEngine engine =
        engineOf(
            ScoringRule.of("pricing", new PageVisited("/pricing"), 20)
                .withHalfLife(Duration.ofDays(30)),
            ScoringRule.of("visits", new ActivityOfType("page_visit"), 1).withCap(2),
            ScoringRule.of("clicks", new CampaignEngaged("clicked"), 3));
    Contact contact = aContact().build();
    Activity first = pageVisit(contact, "https://example.com/pricing", NOW.minusSeconds(900));
    Activity tied = pageVisit(contact, "https://example.com/PRICING", NOW.minusSeconds(600));
    Activity twin = pageVisit(contact, "https://example.com/pricing/", NOW.minusSeconds(600));
    Activity click = campaign(contact, "clicked", NOW.minusSeconds(300));

    Score oldestFirst = score(engine, contact, null, first, tied, twin, click);
    Score newestFirst = score(engine, contact, null, click, twin, tied, first);

    assertThat(newestFirst).isEqualTo(oldestFirst);
    assertThat(newestFirst.contributions().get(0).evidence())
        .extracting(evidence -> ((ActivityMatch) evidence).occurredAt())
        .isSorted();
    assertThat(newestFirst.contributions().get(1).capped()).isTrue();
  }

  @Test
  void theExplanationIsAnImmutableListEqualToItsContributions() {
    ScoringEngine engine =
        engineOf(
            ScoringRule.of("vp", new JobTitleContains("VP"), 15),
            ScoringRule.of("forms", FormSubmitted.anyForm(), 10).withHalfLife(Duration.ofDays(1)));
    Contact contact = withTitle("VP of Sales");
    Activity demo = form(contact, "demo", NOW.minus(Duration.ofDays(1)));

    Score score = score(engine, contact, null, demo);

    List<RuleContribution> contributions = score.contributions();
    assertThat(contributions)
        .containsExactly(
            new RuleContribution(
                "vp",
                RuleFamily.FIT,
                Points.of(15),
                false,
                List.of(new FieldValue("jobTitle", "VP of Sales"))),
            new RuleContribution(
                "forms",
                RuleFamily.ENGAGEMENT,
                Points.of(5),
                false,
                List.of(new ActivityMatch(demo.id(), demo.occurredAt(), Points.of(5)))));
    Score copied =
        new Score(
            score.contact(),
            score.model(),
            score.scoredAt(),
            score.fit(),
            score.engagement(),
            score.grade(),
            List.copyOf(contributions));
    assertThat(score).isEqualTo(copied);
    assertThat(score.hashCode()).isEqualTo(copied.hashCode());
    assertThatThrownBy(() -> contributions.add(contributions.get(0)))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> contributions.remove(0))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void aPageRuleIgnoresAHostActivityThatOnlyCallsItselfAPageVisit() {
    ScoringEngine engine =
        engineOf(
            ScoringRule.of("pricing", new PageVisited("/pricing"), 20),
            ScoringRule.of("visits", new ActivityOfType("page_visit"), 1));
    Contact contact = aContact().build();
    Activity hostVisit =
        ScoringFixtures.activity(
            contact.id(),
            new Other("page_visit", Map.of("url", "https://example.com/pricing")),
            NOW);

    Score score = score(engine, contact, null, hostVisit);

    assertThat(score.contributions()).extracting(RuleContribution::rule).containsExactly("visits");
  }

  @Test
  void rulesSharingAPhraseOrAHalfLifeEachCountInFull() {
    ScoringEngine engine =
        engineOf(
            ScoringRule.of("vp", new JobTitleContains("VP"), 15),
            ScoringRule.of("vp again", new JobTitleContains("vp"), 5),
            ScoringRule.of("pricing", new PageVisited("/pricing"), 20)
                .withHalfLife(Duration.ofDays(1)),
            ScoringRule.of("pricing again", new PageVisited("/pricing"), 8)
                .withHalfLife(Duration.ofDays(1)),
            ScoringRule.of("visits", new ActivityOfType("page_visit"), 4)
                .withHalfLife(Duration.ofDays(2)));
    Contact contact = withTitle("Regional VP");
    Activity visit =
        pageVisit(contact, "https://example.com/pricing", NOW.minus(Duration.ofDays(2)));

    Score score = score(engine, contact, null, visit);

    assertThat(score.fit()).isEqualTo(Points.of(15 + 5));
    assertThat(score.contributions())
        .extracting(RuleContribution::points)
        .containsExactly(Points.of(15), Points.of(5), Points.of(5), Points.of(2), Points.of(2));
  }
}
