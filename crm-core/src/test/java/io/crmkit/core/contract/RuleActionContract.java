package io.crmkit.core.contract;

import static io.crmkit.core.fixtures.ContactFixtures.TENANT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.Crm;
import io.crmkit.core.NotFoundException;
import io.crmkit.core.RecordRef;
import io.crmkit.core.RecordType;
import io.crmkit.core.Tag;
import io.crmkit.core.UserId;
import io.crmkit.core.automation.RuleAction;
import io.crmkit.core.automation.RuleCondition;
import io.crmkit.core.automation.RuleExecution;
import io.crmkit.core.automation.RuleTrigger;
import io.crmkit.core.automation.RuleVerdict;
import io.crmkit.core.automation.WorkflowRule;
import io.crmkit.core.contact.Contact;
import io.crmkit.core.contact.ContactDetails;
import io.crmkit.core.contactpoint.EmailAddress;
import io.crmkit.core.customfield.CustomFieldDefinition;
import io.crmkit.core.customfield.CustomFieldValue;
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
import io.crmkit.core.sequence.Enrollment;
import io.crmkit.core.sequence.EnrollmentStatus;
import io.crmkit.core.sequence.Sequence;
import io.crmkit.core.sequence.SequenceDetails;
import io.crmkit.core.sequence.SequenceStep;
import io.crmkit.core.spi.CrmStorage;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the workflow rule actions on a record's fields and contacts must do on every storage: set a
 * standard or custom field, tag the record's contacts and enroll them in a sequence, once, each
 * checked when the rule is defined.
 */
public abstract class RuleActionContract {

  private static final UserId ANA = UserId.of("ana");

  private Crm crm;
  private Pipeline sales;

  /** Returns an empty storage for one test. */
  protected abstract CrmStorage newStorage();

  @BeforeEach
  void openCrm() {
    crm =
        Crm.builder()
            .storage(newStorage())
            .tenant(TENANT)
            .actor(ANA)
            .clock(TestClock.atStart())
            .build();
    sales = crm.pipelines().create("Sales", PipelineFixtures.salesStages(), PipelinePolicy.STRICT);
    crm.customFields().define(CustomFieldDefinition.text(RecordType.DEAL, "tier", "Tier"));
  }

  @Test
  void setsAStandardAndACustomFieldOfTheRecord() {
    define(
        "plan-close",
        new RuleTrigger.Created(RecordType.DEAL),
        new RuleAction.SetField("close_date", "2026-06-30"),
        new RuleAction.SetField("custom.tier", "gold"));
    Deal deal = crm.deals().open(sales.id(), DealDetails.builder().name("Fleet").build());

    crm.automation().runDue();

    Deal now = crm.deals().get(deal.id());
    assertThat(now.details().expectedCloseDate()).isEqualTo(LocalDate.parse("2026-06-30"));
    assertThat(now.details().customFields().asMap())
        .containsEntry("tier", CustomFieldValue.Text.of("gold"));
    assertThat(log(RecordRef.of(RecordType.DEAL, deal.id())))
        .extracting(RuleExecution::outcome)
        .containsExactly("fired: set close_date to '2026-06-30'; set custom.tier to 'gold'");
  }

  @Test
  void refusesWhenDefinedAFieldTheRecordLacksOrAValueThatDoesNotSuitIt() {
    assertThatThrownBy(() -> defineOnDeals(new RuleAction.SetField("amount", "10")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "a rule cannot set field 'amount' of a DEAL; it sets [close_date, name, source] or"
                + " custom.<key>");
    assertThatThrownBy(() -> defineOnDeals(new RuleAction.SetField("custom.size", "10")))
        .hasMessage("a DEAL has no custom field 'size'");
    assertThatThrownBy(() -> defineOnDeals(new RuleAction.SetField("close_date", "soon")))
        .hasMessage("close_date must be an ISO date such as 2026-05-01: 'soon'");
    assertThatThrownBy(
            () ->
                define(
                    "tasks",
                    new RuleTrigger.Created(RecordType.TASK),
                    new RuleAction.SetField("title", "x")))
        .hasMessage("rules set fields of deals and leads, not of a TASK");
    assertThat(crm.automation().rules()).isEmpty();
  }

  @Test
  void tagsAndEnrollsTheContactOfALeadOnceHoweverOftenRulesAsk() {
    Contact lia =
        crm.contacts()
            .create(ContactDetails.builder().name("Lia", "Lopes").email("lia@example.com").build());
    Sequence followUp = crm.sequences().create(callSequence());
    define(
        "welcome",
        new RuleTrigger.Created(RecordType.LEAD),
        new RuleAction.AddTag(Tag.of("inbound")),
        new RuleAction.EnrollInSequence("Follow-up"));
    define(
        "again",
        new RuleTrigger.Updated(RecordType.LEAD),
        new RuleAction.EnrollInSequence("Follow-up"));
    Lead lead =
        crm.leads()
            .capture(
                LeadDetails.builder().name("Lia", "Lopes").email("lia@example.com").build(),
                Attribution.of(LeadSource.WEB_FORM));
    crm.automation().runDue();
    crm.leads()
        .update(
            lead.id(),
            crm.leads().get(lead.id()).version(),
            lead.details().toBuilder().jobTitle("CTO").build());
    crm.automation().runDue();

    assertThat(crm.contacts().get(lia.id()).details().tags()).containsExactly(Tag.of("inbound"));
    assertThat(crm.sequences().enrollments(lia.id()))
        .extracting(Enrollment::sequence, Enrollment::status)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(followUp.id(), EnrollmentStatus.ACTIVE));
    assertThat(log(RecordRef.of(RecordType.LEAD, lead.id())))
        .extracting(RuleExecution::outcome)
        .containsExactlyInAnyOrder(
            "fired: tagged contact "
                + lia.id()
                + " with inbound; enrolled contact "
                + lia.id()
                + " in sequence Follow-up",
            "fired: enrolled no contact in sequence Follow-up (contact "
                + lia.id()
                + " already in it)");
  }

  @Test
  void refusesWhenDefinedASequenceTheTenantLacksAndContactsOfATask() {
    assertThatThrownBy(() -> defineOnDeals(new RuleAction.EnrollInSequence("Nurture")))
        .isInstanceOfSatisfying(
            NotFoundException.class,
            e -> {
              assertThat(e.kind()).isEqualTo("sequence");
              assertThat(e.id()).isEqualTo("Nurture");
            });
    assertThatThrownBy(
            () ->
                define(
                    "tasks",
                    new RuleTrigger.Created(RecordType.TASK),
                    new RuleAction.AddTag(Tag.of("busy"))))
        .hasMessage(
            "rule tasks cannot find the contacts of a TASK: only leads, deals and tickets have"
                + " them");
    assertThat(crm.automation().rules()).isEmpty();
  }

  @Test
  void dryRunShowsTheActionsThatWouldRun() {
    defineOnDeals(new RuleAction.SetField("custom.tier", "gold"));
    Deal deal = crm.deals().open(sales.id(), DealDetails.builder().name("Fleet").build());

    List<RuleVerdict> verdicts = crm.automation().dryRun(RecordRef.of(RecordType.DEAL, deal.id()));

    assertThat(verdicts)
        .flatExtracting(RuleVerdict::actions)
        .containsExactly(new RuleAction.SetField("custom.tier", "gold"));
    assertThat(crm.deals().get(deal.id()).details().customFields().asMap()).isEmpty();
  }

  private void defineOnDeals(RuleAction action) {
    define("on-deals", new RuleTrigger.Created(RecordType.DEAL), action);
  }

  private void define(String name, RuleTrigger trigger, RuleAction... actions) {
    crm.automation()
        .define(new WorkflowRule(name, trigger, RuleCondition.always(), List.of(actions)));
  }

  private List<RuleExecution> log(RecordRef record) {
    return crm.automation().log(record);
  }

  private static SequenceDetails callSequence() {
    return SequenceDetails.of(
        "Follow-up",
        List.of(
            SequenceStep.task(SequenceStep.TaskStep.Kind.CALL, "Call"),
            SequenceStep.waitBusinessDays(3),
            SequenceStep.task(SequenceStep.TaskStep.Kind.CALL, "Call again")),
        ANA,
        EmailAddress.of("ana@example.com"));
  }
}
