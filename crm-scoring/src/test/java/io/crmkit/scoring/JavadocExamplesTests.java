package io.crmkit.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.Crm;
import io.crmkit.core.architecture.JavadocExamples;
import io.crmkit.core.contact.Contact;
import io.crmkit.core.contact.ContactDetails;
import io.crmkit.core.contact.ContactId;
import io.crmkit.core.deal.DealDetails;
import io.crmkit.core.deal.Pipeline;
import io.crmkit.core.money.Money;
import io.crmkit.core.timeline.Activity;
import io.crmkit.core.timeline.ActivityDetails;
import io.crmkit.core.timeline.ActivityDetails.PageVisit;
import io.crmkit.core.timeline.ActivityEntry;
import io.crmkit.scoring.audience.RfmService;
import io.crmkit.scoring.audience.SegmentService;
import io.crmkit.scoring.audience.StaticListService;
import io.crmkit.scoring.forecast.Forecast;
import io.crmkit.scoring.forecast.PipelineReports;
import io.crmkit.scoring.forecast.ReportingBasis;
import io.crmkit.scoring.matching.DuplicateScan;
import io.crmkit.scoring.rfm.RfmAnalysis;
import io.crmkit.scoring.rules.LeadScoring;
import io.crmkit.scoring.rules.RuleCondition.PageVisited;
import io.crmkit.scoring.rules.Score;
import io.crmkit.scoring.rules.ScoringModel;
import io.crmkit.scoring.rules.ScoringRule;
import io.crmkit.scoring.segment.MembershipDiff;
import java.net.URI;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Runs the javadoc example of every analytics service, word for word, on a fresh in-memory CRM, and
 * checks that this class holds every such example.
 */
class JavadocExamplesTests {

  private static final Path THIS =
      JavadocExamples.sourceOf(Path.of("src/test/java"), JavadocExamplesTests.class);
  private static final List<Class<?>> DOCUMENTED =
      List.of(
          CrmAnalytics.class,
          SegmentService.class,
          StaticListService.class,
          RfmService.class,
          LeadScoring.class,
          PipelineReports.class);

  private final Crm crm = Crm.inMemory();
  private final ScoringModel model =
      ScoringModel.builder("visits")
          .rule(ScoringRule.of("pricing", new PageVisited("/pricing"), 10))
          .build();

  private Contact contact(String given, String tag) {
    return crm.contacts().create(ContactDetails.builder().name(given, "Lima").tag(tag).build());
  }

  @Test
  void thisClassRunsEveryExampleOfTheServicesJavadoc() {
    for (Class<?> type : DOCUMENTED) {
      List<String> examples =
          JavadocExamples.in(JavadocExamples.sourceOf(Path.of("src/main/java"), type));
      assertThat(examples).as(type.getSimpleName()).isNotEmpty();
      assertThat(examples)
          .as(type.getSimpleName())
          .allMatch(example -> JavadocExamples.runBy(THIS, example));
    }
  }

  @Test
  void crmAnalytics() {
    Currency eur = Currency.getInstance("EUR");
    ZoneId zone = ZoneId.of("Europe/Lisbon");
    Contact ana = contact("Ana", "vip");

    CrmAnalytics analytics = CrmAnalytics.on(crm);
    analytics.segments().define("vips", "has tag \"vip\"");
    LeadScoring scoring = analytics.scoring(model);
    DuplicateScan<ContactId> duplicates = analytics.duplicates().contacts().scan();
    Forecast forecast = analytics.pipeline(ReportingBasis.of(eur, zone)).report().forecast();

    assertThat(analytics.segments().evaluate("vips")).containsExactly(ana.id());
    assertThat(duplicates.clusters()).isEmpty();
    assertThat(scoring.model()).isEqualTo(model);
    assertThat(forecast.total().deals()).isZero();
  }

  @Test
  void segmentService() {
    Contact ana = contact("Ana", "vip");
    for (int order = 0; order < 3; order++) {
      crm.timeline()
          .log(
              ActivityEntry.of(new ActivityDetails.Order("o-" + order, Money.of("10", "EUR")))
                  .about(ana.id()));
    }

    SegmentService segments = CrmAnalytics.on(crm).segments();
    segments.define("vip buyers", "has tag \"vip\" and orderCount >= 3");
    MembershipDiff<ContactId> change = segments.reevaluate("vip buyers");

    assertThat(change.entered()).containsExactly(ana.id());
  }

  @Test
  void staticListService() {
    Contact ana = contact("Ana", "fair");
    Contact bea = contact("Bea", "fair");

    StaticListService lists = CrmAnalytics.on(crm).lists();
    lists.create("fair 2026");
    lists.addMembers("fair 2026", List.of(ana.id(), bea.id()));

    assertThat(lists.get("fair 2026").members()).containsExactly(ana.id(), bea.id());
  }

  @Test
  void rfmService() {
    Contact ana = contact("Ana", "buyer");
    crm.timeline()
        .log(
            ActivityEntry.of(new ActivityDetails.Order("o-1", Money.of("10", "EUR")))
                .about(ana.id())
                .at(crm.clock().instant().minusSeconds(60)));

    RfmAnalysis<ContactId> rfm = CrmAnalytics.on(crm).rfm().analyse(Currency.getInstance("EUR"));

    assertThat(rfm.customer(ana.id())).isPresent();
  }

  @Test
  void leadScoring() {
    Contact ana = contact("Ana", "web");
    URI uri = URI.create("https://example.com/pricing");

    LeadScoring scoring = CrmAnalytics.on(crm).scoring(model);
    Activity visit = crm.timeline().log(ActivityEntry.of(new PageVisit(uri)).about(ana.id()));
    scoring.activityLogged(visit);
    List<Score> callFirst = scoring.top(10);

    assertThat(callFirst).extracting(Score::contact).containsExactly(ana.id());
  }

  @Test
  void pipelineReports() {
    Pipeline sales = crm.pipelines().builder("Sales").stage("Proposal", 50).create();
    crm.deals().open(sales.id(), DealDetails.builder().name("Acme").amount("1000", "EUR").build());

    PipelineReports reports =
        CrmAnalytics.on(crm)
            .pipeline(ReportingBasis.of(Currency.getInstance("EUR"), ZoneOffset.UTC));
    Forecast forecast = reports.report().forecast();
    Money weighted = forecast.total().weighted();

    assertThat(weighted).isEqualTo(Money.of("500.00", "EUR"));
  }
}
