package io.crmkit.scoring.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.TenantId;
import io.crmkit.core.contact.ContactId;
import io.crmkit.core.fixtures.Ids;
import io.crmkit.core.fixtures.TestClock;
import io.crmkit.core.lead.LeadId;
import io.crmkit.core.spi.CrmStorage;
import io.crmkit.core.timeline.ActivityId;
import io.crmkit.scoring.internal.ScoringPorts;
import io.crmkit.scoring.rules.Evidence;
import io.crmkit.scoring.rules.Grade;
import io.crmkit.scoring.rules.LeadScore;
import io.crmkit.scoring.rules.Points;
import io.crmkit.scoring.rules.RuleContribution;
import io.crmkit.scoring.rules.RuleFamily;
import io.crmkit.scoring.rules.Score;
import io.crmkit.scoring.spi.ScoreRepository;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link ScoreRepository} must do: keep each contact's latest score whole, explanation
 * and evidence included, rank a tenant's scores by total with ties in contact id order, count them
 * by grade, and keep tenants apart. An adapter runs it through the storage that serves the port, so
 * that a host on that storage gets the repository without extra code.
 */
public abstract class ScoreRepositoryContract {

  private static final TenantId ACME = TenantId.of("acme");
  private static final TenantId GLOBEX = TenantId.of("globex");
  private static final Instant T0 = TestClock.START;

  protected ScoreRepository scores;

  /** Returns an empty storage for one test. */
  protected abstract CrmStorage newStorage();

  @BeforeEach
  void openStorage() {
    scores = newStorage().port(ScoringPorts.SCORES);
  }

  @Test
  void keepsTheWholeScoreWithItsExplanationAndEvidence() {
    ContactId ana = ContactId.of(Ids.next());
    Score explained = explained(ana, "lead model ✓ 😀", 3);

    scores.save(ACME, explained);

    Score found = scores.find(ACME, ana).orElseThrow();
    assertThat(found).isEqualTo(explained);
    assertThat(found.contributions()).isEqualTo(explained.contributions());
    assertThat(found.total()).isEqualTo(explained.total());
  }

  @Test
  void removesOnlyTheScoreOfTheContactInItsTenant() {
    ContactId ana = ContactId.of(Ids.next());
    ContactId ben = ContactId.of(Ids.next());
    Score anaScore = explained(ana, "model", 2);
    Score benScore = plain(ben, 10, 0, "C4");
    scores.save(ACME, anaScore);
    scores.save(ACME, benScore);
    scores.save(GLOBEX, explained(ana, "model", 1));

    assertThat(scores.remove(ACME, ana)).isTrue();
    assertThat(scores.remove(ACME, ana)).isFalse();

    assertThat(scores.find(ACME, ana)).isEmpty();
    assertThat(scores.top(ACME, 10)).containsExactly(benScore);
    assertThat(scores.find(GLOBEX, ana)).isPresent();
  }

  @Test
  void replacesTheEarlierScoreOfAContact() {
    ContactId ana = ContactId.of(Ids.next());
    scores.save(ACME, plain(ana, 10, 0, "C4"));
    Score later = explained(ana, "model", 2);

    scores.save(ACME, later);

    assertThat(scores.find(ACME, ana)).contains(later);
    assertThat(scores.top(ACME, 10)).containsExactly(later);
    assertThat(scores.countByGrade(ACME)).containsExactly(Map.entry(later.grade(), 1L));
  }

  @Test
  void ranksByTotalHighestFirstWithEqualTotalsInContactIdOrder() {
    List<ContactId> tied = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      tied.add(ContactId.of(Ids.next()));
    }
    // saved out of id order, so that the order must come from comparing the ids
    Collections.shuffle(tied, new Random(7));
    ContactId best = ContactId.of(Ids.next());
    ContactId worst = ContactId.of(Ids.next());
    scores.save(ACME, plain(worst, -5, 0, "D4"));
    tied.forEach(contact -> scores.save(ACME, plain(contact, 20, 5, "C3")));
    scores.save(ACME, plain(best, 40, 30, "A1"));
    List<ContactId> inIdOrder = new ArrayList<>(tied);
    Collections.sort(inIdOrder);

    assertThat(scores.top(ACME, 3))
        .extracting(Score::contact)
        .containsExactly(best, inIdOrder.get(0), inIdOrder.get(1));
    List<ContactId> all = new ArrayList<>(List.of(best));
    all.addAll(inIdOrder);
    all.add(worst);
    assertThat(scores.top(ACME, 100)).extracting(Score::contact).containsExactlyElementsOf(all);
  }

  @Test
  void countsContactsByGradeBestGradeFirst() {
    scores.save(ACME, plain(ContactId.of(Ids.next()), 10, 0, "C4"));
    scores.save(ACME, plain(ContactId.of(Ids.next()), 20, 5, "B3"));
    scores.save(ACME, plain(ContactId.of(Ids.next()), 20, 5, "B3"));
    ContactId moved = ContactId.of(Ids.next());
    scores.save(ACME, plain(moved, 60, 0, "A4"));
    scores.save(ACME, plain(moved, 60, 0, "B3"));

    assertThat(scores.countByGrade(ACME))
        .containsExactly(Map.entry(Grade.parse("B3"), 3L), Map.entry(Grade.parse("C4"), 1L));
  }

  @Test
  void keepsTenantsApart() {
    ContactId ana = ContactId.of(Ids.next());
    Score acmes = plain(ana, 10, 0, "C4");
    Score globexs = plain(ana, 90, 0, "A4");
    scores.save(ACME, acmes);
    scores.save(GLOBEX, globexs);

    assertThat(scores.find(ACME, ana)).contains(acmes);
    assertThat(scores.find(GLOBEX, ana)).contains(globexs);
    assertThat(scores.top(ACME, 5)).containsExactly(acmes);
    assertThat(scores.countByGrade(GLOBEX)).containsExactly(Map.entry(Grade.parse("A4"), 1L));
    assertThat(scores.find(TenantId.of("initech"), ana)).isEmpty();
    assertThat(scores.top(TenantId.of("initech"), 5)).isEmpty();
    assertThat(scores.countByGrade(TenantId.of("initech"))).isEmpty();
  }

  @Test
  void keepsLeadScoresWholeAndApartFromContactScores() {
    LeadId bo = LeadId.of(Ids.next());
    Score explained = explained(ContactId.of(Ids.next()), "model", 2);
    LeadScore first = leadScore(bo, explained);
    LeadScore later = leadScore(bo, plain(ContactId.of(Ids.next()), 60, 0, "A4"));

    scores.saveLead(ACME, first);
    assertThat(scores.findLead(ACME, bo)).contains(first);
    scores.saveLead(ACME, later);

    assertThat(scores.findLead(ACME, bo)).contains(later);
    assertThat(scores.findLead(GLOBEX, bo)).isEmpty();
    assertThat(scores.find(ACME, ContactId.of(bo.value()))).isEmpty();
    assertThat(scores.top(ACME, 10)).isEmpty();
    assertThat(scores.countByGrade(ACME)).isEmpty();
  }

  @Test
  void refusesANonPositiveLimit() {
    assertThatThrownBy(() -> scores.top(ACME, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("limit");
  }

  private static Score plain(ContactId contact, int fit, int engagement, String grade) {
    return new Score(
        contact, "model", T0, Points.of(fit), Points.of(engagement), Grade.parse(grade), List.of());
  }

  private static LeadScore leadScore(LeadId lead, Score score) {
    return new LeadScore(
        lead,
        score.model(),
        score.scoredAt(),
        score.fit(),
        score.engagement(),
        score.grade(),
        score.contributions());
  }

  /**
   * A score whose explanation has a fit rule and an engagement rule with {@code visits} matches.
   */
  static Score explained(ContactId contact, String model, int visits) {
    List<Evidence> matches = new ArrayList<>();
    long engagement = 0;
    for (int i = 0; i < visits; i++) {
      long worth = 1_000 - 37L * i;
      engagement += worth;
      matches.add(
          new Evidence.ActivityMatch(
              ActivityId.of(Ids.next()),
              T0.minus(Duration.ofDays(i)).minusNanos(123_456_000L),
              Points.ofHundredths(worth)));
    }
    RuleContribution title =
        new RuleContribution(
            "Job title names a decider: דירקטור",
            RuleFamily.FIT,
            Points.of(25),
            false,
            List.of(new Evidence.FieldValue("jobTitle", "Directrice générale 👩‍💼")));
    RuleContribution visitsRule =
        new RuleContribution(
            "Pricing page visits",
            RuleFamily.ENGAGEMENT,
            Points.ofHundredths(Math.min(engagement, 2_000)),
            engagement > 2_000,
            matches);
    return new Score(
        contact,
        model,
        T0.plusNanos(1_000),
        Points.of(25),
        Points.ofHundredths(Math.min(engagement, 2_000)),
        Grade.parse("B2"),
        List.of(title, visitsRule));
  }
}
