package io.crmkit.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.Crm;
import io.crmkit.core.contact.Contact;
import io.crmkit.core.contact.ContactDetails;
import io.crmkit.core.contact.ContactId;
import io.crmkit.core.fixtures.TestClock;
import io.crmkit.core.merge.MergePlan;
import io.crmkit.core.merge.MergeResult;
import io.crmkit.scoring.internal.ScoringPorts;
import io.crmkit.scoring.matching.DuplicateScan;
import io.crmkit.scoring.rules.Grade;
import io.crmkit.scoring.rules.Points;
import io.crmkit.scoring.rules.Score;
import io.crmkit.scoring.spi.ScoreRepository;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Merging contacts moves what the analytics hold about the merged ones (static list memberships,
 * scores) to the survivor, and unmerging moves it back; duplicates found by the analytics can be
 * merged as they are.
 */
class MergedContactsTests {

  private final Crm crm = Crm.builder().clock(TestClock.atStart()).build();
  private final CrmAnalytics analytics = CrmAnalytics.on(crm);

  @Test
  void movesListMembershipsAndScoresToTheSurvivorAndBack() {
    Contact ana = crm.contacts().create(ContactDetails.builder().name("Ana", "Lima").build());
    Contact anaAgain = crm.contacts().create(ContactDetails.builder().name("Ana", "L").build());
    Contact bruno = crm.contacts().create(ContactDetails.builder().name("Bruno", "Reis").build());
    analytics.lists().create("fair");
    analytics.lists().addMembers("fair", List.of(anaAgain.id(), bruno.id()));
    analytics.lists().create("both");
    analytics.lists().addMembers("both", List.of(ana.id(), anaAgain.id()));
    ScoreRepository scores = crm.moduleContext().port(ScoringPorts.SCORES);
    scores.save(crm.tenant(), score(anaAgain.id(), 40));

    MergeResult<Contact> merged = crm.merges().merge(MergePlan.contacts(ana, List.of(anaAgain)));

    assertThat(merged.counts().others()).isEqualTo(3);
    assertThat(analytics.lists().get("fair").members()).containsOnly(ana.id(), bruno.id());
    assertThat(analytics.lists().get("both").members()).containsOnly(ana.id());
    assertThat(scores.find(crm.tenant(), ana.id())).map(Score::fit).contains(Points.of(40));
    assertThat(scores.find(crm.tenant(), anaAgain.id())).isEmpty();

    crm.merges().unmerge(merged.id());

    assertThat(analytics.lists().get("fair").members()).containsOnly(anaAgain.id(), bruno.id());
    assertThat(analytics.lists().get("both").members()).containsOnly(ana.id(), anaAgain.id());
    assertThat(scores.find(crm.tenant(), anaAgain.id())).map(Score::fit).contains(Points.of(40));
    assertThat(scores.find(crm.tenant(), ana.id())).isEmpty();
  }

  @Test
  void findsDuplicatesThroughTheAnalyticsEntry() {
    for (int i = 0; i < 30; i++) {
      crm.contacts()
          .create(
              ContactDetails.builder()
                  .name("Person" + i, "Family" + i)
                  .email("p" + i + "@example.com")
                  .build());
    }
    Contact copy =
        crm.contacts()
            .create(
                ContactDetails.builder()
                    .name("Person1", "Family1")
                    .email("p1@example.org")
                    .build());

    DuplicateScan<ContactId> scan = analytics.duplicates().contacts().scan();

    assertThat(analytics.crm()).isSameAs(crm);
    assertThat(analytics.duplicates().contacts().plan().records()).isEqualTo(31);
    assertThat(analytics.duplicates().companies().plan().records()).isZero();
    assertThat(scan.clusters())
        .anySatisfy(cluster -> assertThat(cluster.records()).contains(copy.id()));
  }

  private static Score score(ContactId contact, int fit) {
    return new Score(
        contact, "m", TestClock.START, Points.of(fit), Points.ZERO, Grade.parse("B2"), List.of());
  }
}
