package io.crmkit.scoring.contract;

import static io.crmkit.core.fixtures.ContactFixtures.TENANT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.Crm;
import io.crmkit.core.RecordRef;
import io.crmkit.core.RecordType;
import io.crmkit.core.UserId;
import io.crmkit.core.automation.RuleAction;
import io.crmkit.core.automation.RuleCondition;
import io.crmkit.core.automation.RuleExecution;
import io.crmkit.core.automation.RuleTrigger;
import io.crmkit.core.automation.RuleVerdict;
import io.crmkit.core.automation.WorkflowRule;
import io.crmkit.core.customfield.CustomFieldDefinition;
import io.crmkit.core.customfield.CustomFieldValue;
import io.crmkit.core.deal.Deal;
import io.crmkit.core.deal.DealDetails;
import io.crmkit.core.deal.Pipeline;
import io.crmkit.core.deal.PipelinePolicy;
import io.crmkit.core.fixtures.PipelineFixtures;
import io.crmkit.core.fixtures.TestClock;
import io.crmkit.core.spi.CrmStorage;
import io.crmkit.scoring.automation.RecordConditions;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What a workflow rule with a condition in the segment language must do on every storage: test it
 * on the record's facts as the storage reads them back, custom fields included, and log the text.
 */
public abstract class RecordConditionContract {

  private Crm crm;
  private Pipeline sales;
  private RuleCondition bigInEmea;

  /** Returns an empty storage for one test. */
  protected abstract CrmStorage newStorage();

  @BeforeEach
  void openCrm() {
    crm =
        Crm.builder()
            .storage(newStorage())
            .tenant(TENANT)
            .actor(UserId.of("ana"))
            .clock(TestClock.atStart())
            .build();
    sales = crm.pipelines().create("Sales", PipelineFixtures.salesStages(), PipelinePolicy.STRICT);
    crm.customFields()
        .define(
            CustomFieldDefinition.singleSelect(
                RecordType.DEAL, "region", "Region", List.of("emea", "apac")));
    bigInEmea =
        RecordConditions.parse(
            RecordType.DEAL,
            "status = \"open\" and amount >= 10000 and custom.region = \"emea\"",
            crm.customFields().list(RecordType.DEAL));
    crm.automation()
        .define(
            new WorkflowRule(
                "big-emea",
                new RuleTrigger.Created(RecordType.DEAL),
                bigInEmea,
                List.of(new RuleAction.CreateTask("Call the buyer", 1))));
  }

  @Test
  void firesOnlyOnRecordsWhoseStoredFactsMakeTheTextTrue() {
    Deal big = openDeal("25000.00", "emea");
    Deal small = openDeal("900.00", "emea");
    Deal elsewhere = openDeal("25000.00", "apac");
    Deal unpriced =
        crm.deals()
            .open(
                sales.id(),
                DealDetails.builder()
                    .name("Unpriced")
                    .customField("region", CustomFieldValue.Choice.of("emea"))
                    .build());

    crm.automation().runDue();

    assertThat(outcome(big)).isEqualTo("fired: created task 'Call the buyer' for ana");
    String notMet =
        "not fired: condition not met: status = \"open\" and amount >= 10000 and custom.region ="
            + " \"emea\"";
    assertThat(outcome(small)).isEqualTo(notMet);
    assertThat(outcome(elsewhere)).isEqualTo(notMet);
    assertThat(outcome(unpriced)).isEqualTo(notMet);
  }

  @Test
  void showsTheVerdictOfTheTextInADryRun() {
    Deal big = openDeal("25000.00", "emea");

    List<RuleVerdict> verdicts = crm.automation().dryRun(ref(big));

    assertThat(verdicts).extracting(RuleVerdict::fires).containsExactly(true);
    assertThat(verdicts.get(0).reason()).startsWith("condition met: status = \"open\"");
  }

  @Test
  void refusesARuleWhoseConditionIsOnAnotherRecordType() {
    assertThatThrownBy(
            () ->
                crm.automation()
                    .define(
                        new WorkflowRule(
                            "wrong-type",
                            new RuleTrigger.Created(RecordType.LEAD),
                            bigInEmea,
                            List.of(new RuleAction.CreateTask("Call", 1)))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("rule wrong-type looks at LEAD records, but its condition is on");
    assertThat(crm.automation().rules()).extracting(WorkflowRule::name).containsExactly("big-emea");
  }

  private Deal openDeal(String amount, String region) {
    return crm.deals()
        .open(
            sales.id(),
            DealDetails.builder()
                .name("Deal in " + region)
                .amount(new BigDecimal(amount), "EUR")
                .customField("region", CustomFieldValue.Choice.of(region))
                .build());
  }

  private String outcome(Deal deal) {
    List<RuleExecution> log = crm.automation().log(ref(deal));
    assertThat(log).hasSize(1);
    return log.get(0).outcome();
  }

  private static RecordRef ref(Deal deal) {
    return RecordRef.of(RecordType.DEAL, deal.id());
  }
}
