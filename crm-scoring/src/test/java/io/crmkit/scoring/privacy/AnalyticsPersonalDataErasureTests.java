package io.crmkit.scoring.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.Crm;
import io.crmkit.core.DataValue;
import io.crmkit.core.contact.Contact;
import io.crmkit.core.contract.PersonalDataErasureContract;
import io.crmkit.core.fixtures.ObjectGraphSearch;
import io.crmkit.core.memory.InMemoryCrmStorage;
import io.crmkit.core.privacy.ErasedRecord.Treatment;
import io.crmkit.core.privacy.Erasure;
import io.crmkit.core.privacy.PersonalDataReport;
import io.crmkit.core.spi.CrmStorage;
import io.crmkit.core.spi.ErasureLog;
import io.crmkit.core.spi.PersonalDataHolder;
import io.crmkit.core.spi.PersonalDataRequest;
import io.crmkit.scoring.CrmAnalytics;
import io.crmkit.scoring.rules.RuleCondition.JobTitleContains;
import io.crmkit.scoring.rules.ScoringModel;
import io.crmkit.scoring.rules.ScoringRule;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The contract kit's erasure suite in memory with crm-scoring on the class path: the person's score
 * with its explanation, segment membership and list membership go with the rest, found by the CRM
 * without the host registering anything.
 */
class AnalyticsPersonalDataErasureTests extends PersonalDataErasureContract {

  static final ScoringModel MODEL =
      ScoringModel.builder("orchards")
          .rule(ScoringRule.of("orchard titles", new JobTitleContains("Orchardist"), 30))
          .build();

  @Override
  protected CrmStorage newStorage() {
    return InMemoryCrmStorage.create();
  }

  @Override
  protected List<String> occurrences(CrmStorage storage, Set<String> values) {
    return ObjectGraphSearch.occurrences(storage, values);
  }

  @Override
  protected Set<String> writeMore(Crm crm, Contact person) {
    return writeAnalytics(crm, person);
  }

  /**
   * Scores {@code person}, evaluates a segment that finds them and puts them on a list; returns
   * their contact id, which the scores and memberships hold.
   */
  static Set<String> writeAnalytics(Crm crm, Contact person) {
    CrmAnalytics analytics = CrmAnalytics.on(crm);
    analytics.scoring(MODEL).rescore(person.id());
    analytics.segments().define("orchard people", "score >= 20");
    analytics.segments().reevaluate("orchard people");
    analytics.lists().create("fair visitors");
    analytics.lists().addMembers("fair visitors", List.of(person.id()));
    return Set.of(person.id().toString());
  }

  @Test
  void erasesTheScoreAndTheMemberships() {
    writeMore(crm, person);
    CrmAnalytics analytics = CrmAnalytics.on(crm);

    Erasure receipt = crm.privacy().erase(person.id());

    assertThat(analytics.scoring(MODEL).find(person.id())).isEmpty();
    assertThat(analytics.scoring(MODEL).top(10)).isEmpty();
    assertThat(analytics.scoring(MODEL).distribution()).isEmpty();
    assertThat(analytics.lists().get("fair visitors").members()).isEmpty();
    assertThat(analytics.segments().list()).hasSize(1);
    assertThat(receipt.records("score", Treatment.DELETED)).hasSize(1);
    assertThat(receipt.records("segment", Treatment.ANONYMISED)).hasSize(1);
    assertThat(receipt.records("list", Treatment.ANONYMISED)).hasSize(1);
  }

  @Test
  void describesTheScoreWithItsExplanationAndTheMemberships() {
    writeMore(crm, person);

    PersonalDataReport report = crm.privacy().access(person.id());

    DataValue.Fields score = (DataValue.Fields) report.section("score").orElseThrow();
    assertThat(score.fields().get("total"))
        .isEqualTo(DataValue.of(new java.math.BigDecimal("30.00")));
    assertThat(report.toJson()).contains("\"rule\": \"orchard titles\"", "Chief Orchardist");
    assertThat(report.section("audiences"))
        .contains(
            DataValue.fields()
                .put("segments", List.of("orchard people"))
                .put("lists", List.of("fair visitors"))
                .build());
  }

  @Test
  void putsBackTheScoreAndTheMembershipsWhenTheErasureFails() {
    writeMore(crm, person);
    PersonalDataReport before = crm.privacy().access(person.id());
    Crm failing =
        crm(
            storage,
            builder ->
                builder.personalData(
                    new PersonalDataHolder() {
                      @Override
                      public String name() {
                        return "mailingTool";
                      }

                      @Override
                      public DataValue describe(PersonalDataRequest request) {
                        return DataValue.ABSENT;
                      }

                      @Override
                      public void erase(PersonalDataRequest request, ErasureLog log) {
                        throw new IllegalStateException("mailing tool down");
                      }
                    }));

    assertThatThrownBy(() -> failing.privacy().erase(person.id())).hasMessage("mailing tool down");

    assertThat(crm.privacy().access(person.id())).isEqualTo(before);
    assertThat(CrmAnalytics.on(crm).scoring(MODEL).distribution()).hasSize(1);
  }
}
