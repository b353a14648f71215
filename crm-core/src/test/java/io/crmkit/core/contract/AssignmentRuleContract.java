package io.crmkit.core.contract;

import static io.crmkit.core.fixtures.ContactFixtures.TENANT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.Crm;
import io.crmkit.core.RecordRef;
import io.crmkit.core.RecordType;
import io.crmkit.core.UserId;
import io.crmkit.core.automation.AssignmentDecision;
import io.crmkit.core.automation.AssignmentMethod;
import io.crmkit.core.automation.AssignmentRule;
import io.crmkit.core.automation.RuleAction;
import io.crmkit.core.automation.RuleCondition;
import io.crmkit.core.automation.RuleTrigger;
import io.crmkit.core.automation.Territory;
import io.crmkit.core.automation.WorkflowRule;
import io.crmkit.core.deal.Deal;
import io.crmkit.core.deal.DealDetails;
import io.crmkit.core.deal.Pipeline;
import io.crmkit.core.deal.PipelinePolicy;
import io.crmkit.core.fixtures.PipelineFixtures;
import io.crmkit.core.fixtures.TestClock;
import io.crmkit.core.lead.Attribution;
import io.crmkit.core.lead.Lead;
import io.crmkit.core.lead.LeadDetails;
import io.crmkit.core.lead.LeadSource;
import io.crmkit.core.spi.CrmStorage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What assignment rules must do on every storage: share records out by round robin, weight or load
 * within the team a territory chooses, pass over members away or at capacity, and record each
 * decision with its reason.
 */
public abstract class AssignmentRuleContract {

  private static final UserId ANA = UserId.of("ana");
  private static final UserId BOB = UserId.of("bob");
  private static final UserId CID = UserId.of("cid");

  private Crm crm;
  private Pipeline sales;

  /** Returns an empty storage for one test. */
  protected abstract CrmStorage newStorage();

  @BeforeEach
  void openCrm() {
    crm = Crm.builder().storage(newStorage()).tenant(TENANT).clock(TestClock.atStart()).build();
    sales = crm.pipelines().create("Sales", PipelineFixtures.salesStages(), PipelinePolicy.STRICT);
  }

  @Test
  void givesNewLeadsInTurnThroughAWorkflowRulePassingOverMembersAway() {
    crm.automation()
        .define(
            new AssignmentRule(
                "inbound",
                List.of(Territory.everyone("sales", ANA, BOB, CID)),
                AssignmentMethod.ROUND_ROBIN,
                0));
    crm.automation()
        .define(
            new WorkflowRule(
                "route-leads",
                new RuleTrigger.Created(RecordType.LEAD),
                RuleCondition.always(),
                List.of(new RuleAction.AssignBy("inbound"))));
    List<Lead> leads = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      leads.add(captureLead());
    }
    crm.automation().runDue();
    crm.automation().markAway(BOB, true);
    leads.add(captureLead());
    leads.add(captureLead());
    crm.automation().runDue();

    assertThat(leads)
        .extracting(lead -> crm.leads().get(lead.id()).owner())
        .containsExactly(ANA, BOB, CID, ANA, CID, ANA);
    AssignmentDecision decision = decisions(leads.get(4)).get(0);
    assertThat(decision.rule()).isEqualTo("inbound");
    assertThat(decision.assignee()).contains(CID);
    assertThat(decision.reason()).isEqualTo("team sales, round robin; passed over: bob (away)");
  }

  @Test
  void sharesDealsInProportionToWeights() {
    Map<UserId, Integer> weights = new LinkedHashMap<>();
    weights.put(ANA, 3);
    weights.put(BOB, 1);
    crm.automation()
        .define(
            new AssignmentRule(
                "weighted",
                List.of(new Territory("sales", RuleCondition.always(), weights)),
                AssignmentMethod.WEIGHTED,
                0));

    List<UserId> owners = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      owners.add(assign("weighted", openDeal("EUR")).assignee().orElseThrow());
    }

    assertThat(owners).filteredOn(ANA::equals).hasSize(6);
    assertThat(owners).filteredOn(BOB::equals).hasSize(2);
    assertThat(owners.subList(0, 4)).containsExactly(ANA, ANA, BOB, ANA);
  }

  @Test
  void givesDealsToTheLeastLoadedMemberUpToCapacity() {
    crm.automation()
        .define(
            new AssignmentRule(
                "balance",
                List.of(Territory.everyone("sales", ANA, BOB)),
                AssignmentMethod.LEAST_LOADED,
                2));
    crm.deals().assign(openDeal("EUR"), ANA);
    crm.deals().assign(openDeal("EUR"), ANA);

    AssignmentDecision first = assign("balance", openDeal("EUR"));
    AssignmentDecision second = assign("balance", openDeal("EUR"));
    Deal third = openDeal("EUR");
    AssignmentDecision full = assign("balance", third);

    assertThat(first.assignee()).contains(BOB);
    assertThat(first.reason())
        .isEqualTo("team sales, least loaded (0 open); passed over: ana (2 open, at capacity)");
    assertThat(second.assignee()).contains(BOB);
    assertThat(full.assignee()).isEmpty();
    assertThat(full.reason())
        .isEqualTo(
            "team sales: nobody free; passed over: ana (2 open, at capacity),"
                + " bob (2 open, at capacity)");
    assertThat(crm.deals().get(third.id()).owner()).isEqualTo(crm.actor());
  }

  @Test
  void letsTheFirstTerritoryWhoseConditionHoldsChooseTheTeam() {
    crm.automation()
        .define(
            new AssignmentRule(
                "regions",
                List.of(
                    new Territory(
                        "europe", RuleCondition.fieldIs("currency", "EUR"), Map.of(CID, 1)),
                    Territory.everyone("world", BOB)),
                AssignmentMethod.ROUND_ROBIN,
                0));

    assertThat(assign("regions", openDeal("EUR")).assignee()).contains(CID);
    assertThat(assign("regions", openDeal("USD")).assignee()).contains(BOB);
  }

  @Test
  void rejectsAnUnknownRuleAndAMissingRecord() {
    Deal deal = openDeal("EUR");
    assertThatThrownBy(() -> assign("nope", deal))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("nope");
    crm.automation()
        .define(
            new AssignmentRule(
                "inbound",
                List.of(Territory.everyone("sales", ANA)),
                AssignmentMethod.ROUND_ROBIN,
                0));
    assertThatThrownBy(
            () ->
                crm.automation()
                    .assign(
                        "inbound",
                        RecordRef.of(RecordType.DEAL, "0190b9d4-0000-7000-8000-000000000000")))
        .isInstanceOf(io.crmkit.core.NotFoundException.class);
  }

  private AssignmentDecision assign(String rule, Deal deal) {
    return crm.automation().assign(rule, RecordRef.of(RecordType.DEAL, deal.id()));
  }

  private List<AssignmentDecision> decisions(Lead lead) {
    return crm.automation().decisions(RecordRef.of(RecordType.LEAD, lead.id()));
  }

  private Lead captureLead() {
    return crm.leads()
        .capture(
            LeadDetails.builder().name("Lia", "Lopes").build(),
            Attribution.of(LeadSource.WEB_FORM));
  }

  private Deal openDeal(String currency) {
    return crm.deals()
        .open(sales.id(), DealDetails.builder().name("Fleet").amount("1000", currency).build());
  }
}
