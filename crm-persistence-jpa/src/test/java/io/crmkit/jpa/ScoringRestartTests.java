package io.crmkit.jpa;

import static io.crmkit.core.fixtures.ContactFixtures.OWNER;
import static io.crmkit.core.fixtures.ContactFixtures.TENANT;
import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.Crm;
import io.crmkit.core.contact.Contact;
import io.crmkit.core.contact.ContactDetails;
import io.crmkit.core.fixtures.TestClock;
import io.crmkit.core.lead.Attribution;
import io.crmkit.core.lead.Lead;
import io.crmkit.core.lead.LeadDetails;
import io.crmkit.core.lead.LeadSource;
import io.crmkit.core.party.LifecycleStage;
import io.crmkit.scoring.CrmAnalytics;
import io.crmkit.scoring.audience.SegmentDefinition;
import io.crmkit.scoring.rules.Grade;
import io.crmkit.scoring.rules.LeadScore;
import io.crmkit.scoring.rules.LeadScoring;
import io.crmkit.scoring.rules.RuleCondition.JobTitleContains;
import io.crmkit.scoring.rules.Score;
import io.crmkit.scoring.rules.ScoringModel;
import io.crmkit.scoring.rules.ScoringRule;
import io.crmkit.scoring.segment.StaticList;
import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Contact and lead scores, segments with their last members, and static lists survive a restart of
 * the host: what one persistence unit wrote, a new one on the same database reads back equal.
 */
class ScoringRestartTests {

  private static final ScoringModel MODEL =
      ScoringModel.builder("titles")
          .rule(ScoringRule.of("vp", new JobTitleContains("VP"), 30))
          .rule(ScoringRule.of("director", new JobTitleContains("Director"), 20))
          .threshold(20, LifecycleStage.MARKETING_QUALIFIED)
          .build();

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void scoresSegmentsAndListsReadBackEqualAfterTheFactoryIsReopened(TestDatabase database) {
    database.assumeConfigured();
    database.clean();
    Score anasScore;
    List<Score> top;
    SortedMap<Grade, Long> grades;
    List<SegmentDefinition> definitions;
    List<StaticList<io.crmkit.core.contact.ContactId>> lists;
    Contact ana;
    Contact bo;
    Lead cy;
    LeadScore cysScore;
    EntityManagerFactory first = newFactory(database);
    try {
      Crm crm = crmOn(first);
      ana = contact(crm, "Ana", "VP Sales");
      bo = contact(crm, "Bo", "Director of Engineering");
      contact(crm, "Cy", "Engineer");
      CrmAnalytics analytics = CrmAnalytics.on(crm);
      LeadScoring scoring = analytics.scoring(MODEL);
      scoring.rescoreAll();
      anasScore = scoring.find(ana.id()).orElseThrow();
      top = scoring.top(10);
      grades = scoring.distribution();
      analytics.segments().define("hot", "score >= 20");
      analytics.segments().define("vps", "jobTitle contains \"VP\"");
      assertThat(analytics.segments().reevaluate("hot").entered())
          .containsExactlyInAnyOrder(ana.id(), bo.id());
      analytics.lists().create("trade fair");
      analytics.lists().addMembers("trade fair", List.of(bo.id(), ana.id()));
      cy =
          crm.leads()
              .capture(
                  LeadDetails.builder().name("Cy", "Berg").jobTitle("VP Finance").build(),
                  Attribution.of(LeadSource.REFERRAL));
      cysScore = scoring.rescore(cy.id());
      definitions = analytics.segments().list();
      lists = analytics.lists().list();
    } finally {
      first.close();
    }

    EntityManagerFactory second = newFactory(database);
    try {
      Crm crm = crmOn(second);
      CrmAnalytics analytics = CrmAnalytics.on(crm);
      LeadScoring scoring = analytics.scoring(MODEL);

      assertThat(scoring.find(ana.id())).isEqualTo(Optional.of(anasScore));
      assertThat(anasScore.contributions()).isNotEmpty();
      assertThat(scoring.top(10)).isEqualTo(top).hasSize(3);
      assertThat(scoring.distribution()).isEqualTo(grades);
      assertThat(analytics.segments().list()).isEqualTo(definitions).hasSize(2);
      // the members of the last evaluation were kept: nobody enters or leaves again
      assertThat(analytics.segments().reevaluate("hot").entered()).isEmpty();
      assertThat(analytics.segments().reevaluate("hot").left()).isEmpty();
      assertThat(analytics.lists().list()).isEqualTo(lists);
      assertThat(scoring.find(cy.id())).isEqualTo(Optional.of(cysScore));
      assertThat(crm.leads().get(cy.id()).score()).contains(30);
      assertThat(analytics.lists().get("trade fair").members()).containsExactly(bo.id(), ana.id());
    } finally {
      second.close();
    }
  }

  private static EntityManagerFactory newFactory(TestDatabase database) {
    return TestProvider.CURRENT.createFactory(TestDatabase.configuration(database.dataSource()));
  }

  private static Crm crmOn(EntityManagerFactory factory) {
    return Crm.builder()
        .storage(JpaCrmStorage.create(factory))
        .tenant(TENANT)
        .actor(OWNER)
        .clock(TestClock.atStart())
        .build();
  }

  private static Contact contact(Crm crm, String given, String title) {
    return crm.contacts()
        .create(ContactDetails.builder().name(given, "Lima").jobTitle(title).build());
  }
}
