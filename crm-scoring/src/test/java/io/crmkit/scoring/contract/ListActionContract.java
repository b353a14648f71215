package io.crmkit.scoring.contract;

import static io.crmkit.core.fixtures.ContactFixtures.TENANT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.Crm;
import io.crmkit.core.NotFoundException;
import io.crmkit.core.RecordRef;
import io.crmkit.core.RecordType;
import io.crmkit.core.UserId;
import io.crmkit.core.automation.RuleAction;
import io.crmkit.core.automation.RuleCondition;
import io.crmkit.core.automation.RuleExecution;
import io.crmkit.core.automation.RuleTrigger;
import io.crmkit.core.automation.WorkflowRule;
import io.crmkit.core.contact.Contact;
import io.crmkit.core.contact.ContactDetails;
import io.crmkit.core.fixtures.TestClock;
import io.crmkit.core.lead.Attribution;
import io.crmkit.core.lead.Lead;
import io.crmkit.core.lead.LeadDetails;
import io.crmkit.core.lead.LeadSource;
import io.crmkit.core.spi.CrmStorage;
import io.crmkit.scoring.CrmAnalytics;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What a workflow rule that adds a record's contacts to a static list must do on every storage:
 * refuse a list the tenant does not have when it is defined, and add each contact once.
 */
public abstract class ListActionContract {

  private Crm crm;

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
  }

  @Test
  void addsTheContactOfALeadToAStaticListOnce() {
    CrmAnalytics.on(crm).lists().create("inbound");
    Contact lia =
        crm.contacts()
            .create(ContactDetails.builder().name("Lia", "Lopes").email("lia@example.com").build());
    define("collect", new RuleTrigger.Created(RecordType.LEAD));
    define("collect-again", new RuleTrigger.Updated(RecordType.LEAD));
    Lead lead =
        crm.leads()
            .capture(
                LeadDetails.builder().name("Lia", "Lopes").email("lia@example.com").build(),
                Attribution.of(LeadSource.WEB_FORM));
    crm.automation().runDue();
    crm.leads()
        .update(lead.id(), lead.version(), lead.details().toBuilder().jobTitle("CTO").build());
    crm.automation().runDue();

    assertThat(CrmAnalytics.on(crm).lists().get("inbound").members()).containsExactly(lia.id());
    assertThat(crm.automation().log(RecordRef.of(RecordType.LEAD, lead.id())))
        .extracting(RuleExecution::outcome)
        .containsOnly("fired: added contact " + lia.id() + " to list inbound")
        .hasSize(2);
  }

  @Test
  void refusesWhenDefinedAListTheTenantDoesNotHaveOrARuleWithoutARecord() {
    assertThatThrownBy(() -> define("collect", new RuleTrigger.Created(RecordType.LEAD)))
        .isInstanceOfSatisfying(
            NotFoundException.class,
            e -> {
              assertThat(e.kind()).isEqualTo("list");
              assertThat(e.id()).isEqualTo("inbound");
            });
    CrmAnalytics.on(crm).lists().create("inbound");
    assertThatThrownBy(
            () ->
                define(
                    "on-a-schedule",
                    new RuleTrigger.Every(TestClock.START, java.time.Duration.ofDays(1))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "rule on-a-schedule runs on a schedule, with no record to find the contacts of");
    assertThat(crm.automation().rules()).isEmpty();
  }

  private void define(String name, RuleTrigger trigger) {
    crm.automation()
        .define(
            new WorkflowRule(
                name,
                trigger,
                RuleCondition.always(),
                List.of(new RuleAction.AddToList("inbound"))));
  }
}
