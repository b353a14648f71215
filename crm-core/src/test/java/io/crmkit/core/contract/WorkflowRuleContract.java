package io.crmkit.core.contract;

import static io.crmkit.core.fixtures.ContactFixtures.OTHER_TENANT;
import static io.crmkit.core.fixtures.ContactFixtures.TENANT;
import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.Crm;
import io.crmkit.core.PageRequest;
import io.crmkit.core.RecordRef;
import io.crmkit.core.RecordType;
import io.crmkit.core.UserId;
import io.crmkit.core.automation.DueItem;
import io.crmkit.core.automation.DueKind;
import io.crmkit.core.automation.DueWork;
import io.crmkit.core.automation.RuleAction;
import io.crmkit.core.automation.RuleCondition;
import io.crmkit.core.automation.RuleExecution;
import io.crmkit.core.automation.RuleTrigger;
import io.crmkit.core.automation.RuleTrigger.DateField;
import io.crmkit.core.automation.RuleVerdict;
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
import io.crmkit.core.spi.Notifier;
import io.crmkit.core.spi.WebhookSender;
import io.crmkit.core.task.Task;
import io.crmkit.core.task.TaskDetails;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What workflow rules must do on every storage: fire on their triggers once, as due work, only when
 * their condition holds, with a log that says why, within the depth limit.
 */
public abstract class WorkflowRuleContract {

  private static final UserId ANA = UserId.of("ana");
  private static final UserId BOB = UserId.of("bob");
  private static final DueKind ENROLMENT = DueKind.of("enrolment");

  private final List<Notifier.RuleNotice> notices = new CopyOnWriteArrayList<>();
  private final List<WebhookSender.WebhookCall> calls = new CopyOnWriteArrayList<>();
  private final List<String> handedOver = new CopyOnWriteArrayList<>();
  private TestClock clock;
  private Crm crm;
  private Pipeline sales;

  /** Returns an empty storage for one test. */
  protected abstract CrmStorage newStorage();

  @BeforeEach
  void openCrm() {
    clock = TestClock.atStart();
    crm =
        Crm.builder()
            .storage(newStorage())
            .tenant(TENANT)
            .actor(ANA)
            .clock(clock)
            .notifier(
                new Notifier() {
                  @Override
                  public void notify(Notification notification) {}

                  @Override
                  public void notify(RuleNotice notice) {
                    notices.add(notice);
                  }
                })
            .webhookSender(calls::add)
            .dueWork(new Enrolment())
            .build();
    sales = crm.pipelines().create("Sales", PipelineFixtures.salesStages(), PipelinePolicy.STRICT);
  }

  @Test
  void firesOnceOnARecordCreatedWhenDueWorkRuns() {
    define("greet", new RuleTrigger.Created(RecordType.LEAD), RuleCondition.always(), task("Call"));
    Lead lead = captureLead();

    assertThat(tasksAbout(lead)).isEmpty();
    assertThat(crm.automation().runDue().done()).isEqualTo(1);
    assertThat(crm.automation().runDue().done()).isZero();

    assertThat(tasksAbout(lead)).extracting(t -> t.details().title()).containsExactly("Call");
    assertThat(tasksAbout(lead).get(0).assignee()).isEqualTo(ANA);
    assertThat(log(lead))
        .extracting(RuleExecution::rule, RuleExecution::outcome)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("greet", "fired: created task 'Call' for ana"));
  }

  @Test
  void logsWhyARuleWhoseConditionFailsDidNotFire() {
    define(
        "big-deals",
        new RuleTrigger.Created(RecordType.DEAL),
        RuleCondition.fieldIs("status", "won"),
        task("Celebrate"));
    Deal deal = openDeal();
    crm.automation().runDue();

    assertThat(tasksAbout(deal)).isEmpty();
    RuleExecution line = log(deal).get(0);
    assertThat(line.fired()).isFalse();
    assertThat(line.outcome()).isEqualTo("not fired: condition not met: status = 'won'");
  }

  @Test
  void firesOnAStageEnteredAndOnAFieldChangedFromOneValueToAnother() {
    define(
        "qualified",
        new RuleTrigger.StageEntered(PipelineFixtures.QUALIFIED),
        RuleCondition.always(),
        task("Send the deck"));
    define(
        "handed-to-bob",
        new RuleTrigger.FieldChanged(RecordType.DEAL, "owner", "ana", "bob"),
        RuleCondition.always(),
        task("Introduce yourself"));
    Deal deal = openDeal();
    crm.automation().runDue();
    assertThat(tasksAbout(deal)).isEmpty();

    deal = crm.deals().moveTo(deal, PipelineFixtures.QUALIFIED);
    crm.deals().assign(deal, BOB);
    crm.automation().runDue();

    assertThat(tasksAbout(deal))
        .extracting(t -> t.details().title())
        .containsExactlyInAnyOrder("Send the deck", "Introduce yourself");
  }

  @Test
  void firesBusinessDaysBeforeACloseDateAndNotForADateThatMoved() {
    define(
        "before-close",
        new RuleTrigger.DateRelative(DateField.DEAL_CLOSE_DATE, -2),
        RuleCondition.always(),
        task("Check the paperwork"));
    // Monday 2 March; closing Friday 13 March: due Wednesday 11 March at 09:00
    Deal deal = openDeal(LocalDate.parse("2026-03-13"));
    clock.set(java.time.Instant.parse("2026-03-11T08:59:00Z"));
    assertThat(crm.automation().runDue().done()).isZero();
    deal =
        crm.deals()
            .update(
                deal,
                deal.details().toBuilder()
                    .expectedCloseDate(LocalDate.parse("2026-03-20"))
                    .build());
    clock.set(java.time.Instant.parse("2026-03-11T09:00:00Z"));
    crm.automation().runDue();
    assertThat(tasksAbout(deal)).isEmpty();
    clock.set(java.time.Instant.parse("2026-03-18T09:00:00Z"));
    crm.automation().runDue();

    assertThat(tasksAbout(deal)).hasSize(1);
    assertThat(log(deal))
        .extracting(RuleExecution::outcome)
        .containsExactly(
            "not fired: the deal close date moved since it was scheduled",
            "fired: created task 'Check the paperwork' for ana");
  }

  @Test
  void createsATaskWhenADealStallsAndNotWhenItChangedMeanwhile() {
    define(
        "stalled",
        new RuleTrigger.DateRelative(DateField.DEAL_LAST_CHANGE, 3),
        RuleCondition.always(),
        task("Revive the deal"));
    Deal deal = openDeal();
    clock.advance(Duration.ofDays(1));
    // changed on Tuesday: stalled from Friday; the item of Monday's change falls due on Thursday
    deal = crm.deals().moveTo(deal, PipelineFixtures.QUALIFIED);
    clock.advance(Duration.ofDays(2));
    crm.automation().runDue();
    assertThat(tasksAbout(deal)).isEmpty();
    clock.advance(Duration.ofDays(1));
    crm.automation().runDue();

    assertThat(tasksAbout(deal))
        .extracting(t -> t.details().title())
        .containsExactly("Revive the deal");
    assertThat(log(deal)).extracting(RuleExecution::fired).containsExactly(false, true);
  }

  @Test
  void waitsThenContinuesWithTheActionsAfterTheWait() {
    define(
        "nudge",
        new RuleTrigger.Created(RecordType.DEAL),
        RuleCondition.always(),
        new RuleAction.Notify(null, "New deal for you"),
        new RuleAction.Wait(Duration.ofDays(2)),
        new RuleAction.CreateTask("Follow up", 0),
        new RuleAction.CallWebhook("crm-sync"));
    Deal deal = openDeal();
    crm.automation().runDue();
    assertThat(notices).extracting(Notifier.RuleNotice::recipient).containsExactly(ANA);
    assertThat(tasksAbout(deal)).isEmpty();

    clock.advance(Duration.ofDays(2));
    crm.automation().runDue();

    assertThat(tasksAbout(deal)).hasSize(1);
    assertThat(calls).hasSize(1);
    assertThat(calls.get(0).hook()).isEqualTo("crm-sync");
    assertThat(calls.get(0).record()).contains(RecordRef.of(RecordType.DEAL, deal.id()));
    assertThat(notices).hasSize(1);
  }

  @Test
  void stopsAChainOfRulesTriggeringRulesAtTheDepthLimit() {
    define("echo", new RuleTrigger.Created(RecordType.TASK), RuleCondition.always(), task("Echo"));
    crm.tasks().create(TaskDetails.builder().title("Start").dueAt(clock.instant()).build());

    crm.automation().runDue();

    List<Task> tasks = crm.tasks().agenda(ANA, clock.instant().plus(Duration.ofDays(30))).overdue();
    assertThat(tasks).filteredOn(t -> t.details().title().equals("Echo")).hasSize(5);
    List<String> outcomes = new ArrayList<>();
    tasks.forEach(
        t ->
            crm.automation().log(RecordRef.of(RecordType.TASK, t.id())).stream()
                .map(RuleExecution::outcome)
                .forEach(outcomes::add));
    assertThat(outcomes)
        .hasSize(6)
        .contains("not fired: 5 rules triggered each other before it (the limit)");
  }

  @Test
  void dryRunShowsWhatEachRuleWouldDoWithoutDoingIt() {
    define(
        "won",
        new RuleTrigger.Updated(RecordType.DEAL),
        RuleCondition.fieldIs("status", "won"),
        task("Thank"));
    define(
        "open",
        new RuleTrigger.Updated(RecordType.DEAL),
        RuleCondition.fieldIs("status", "open"),
        task("Chase"));
    define("leads", new RuleTrigger.Created(RecordType.LEAD), RuleCondition.always(), task("Call"));
    Deal deal = openDeal();

    List<RuleVerdict> verdicts = crm.automation().dryRun(RecordRef.of(RecordType.DEAL, deal.id()));

    assertThat(verdicts)
        .extracting(RuleVerdict::rule, RuleVerdict::fires, RuleVerdict::reason)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("open", true, "condition met: status = 'open'"),
            org.assertj.core.groups.Tuple.tuple("won", false, "condition not met: status = 'won'"));
    assertThat(tasksAbout(deal)).isEmpty();
  }

  @Test
  void handsARecordOverToAnotherKindOfDueWork() {
    define(
        "enrol",
        new RuleTrigger.Created(RecordType.LEAD),
        RuleCondition.always(),
        new RuleAction.HandOver(ENROLMENT, "welcome"));
    Lead lead = captureLead();

    crm.automation().runDue();

    assertThat(handedOver).containsExactly("lead:" + lead.id() + " welcome");
  }

  @Test
  void runsARuleOnAScheduleOncePerPeriodCatchingUp() {
    define(
        "daily",
        new RuleTrigger.Every(clock.instant().plus(Duration.ofHours(1)), Duration.ofDays(1)),
        RuleCondition.always(),
        new RuleAction.CallWebhook("report"));
    clock.advance(Duration.ofDays(2).plusHours(1));

    crm.automation().runDue();
    crm.automation().runDue();

    assertThat(calls).hasSize(3);
    assertThat(calls).extracting(WebhookSender.WebhookCall::idempotencyKey).doesNotHaveDuplicates();
  }

  @Test
  void firesOnlyTheRulesOfTheRecordsTenant() {
    define("greet", new RuleTrigger.Created(RecordType.LEAD), RuleCondition.always(), task("Call"));
    Crm other = crm.forTenant(OTHER_TENANT, BOB);
    Lead theirs =
        other
            .leads()
            .capture(
                LeadDetails.builder().name("Zoe", "Zed").build(), Attribution.of(LeadSource.API));

    other.automation().runDue();
    crm.automation().runDue();

    assertThat(
            other
                .tasks()
                .about(RecordRef.of(RecordType.LEAD, theirs.id()), PageRequest.first(10))
                .items())
        .isEmpty();
    assertThat(other.automation().rules()).isEmpty();
    assertThat(other.automation().log(RecordRef.of(RecordType.LEAD, theirs.id()))).isEmpty();
  }

  private void define(
      String name, RuleTrigger trigger, RuleCondition condition, RuleAction... actions) {
    crm.automation().define(new WorkflowRule(name, trigger, condition, List.of(actions)));
  }

  private static RuleAction task(String title) {
    return new RuleAction.CreateTask(title, 1);
  }

  private Lead captureLead() {
    return crm.leads()
        .capture(
            LeadDetails.builder().name("Lia", "Lopes").build(),
            Attribution.of(LeadSource.WEB_FORM));
  }

  private Deal openDeal() {
    return crm.deals().open(sales.id(), DealDetails.builder().name("Fleet renewal").build());
  }

  private Deal openDeal(LocalDate closing) {
    return crm.deals()
        .open(
            sales.id(),
            DealDetails.builder().name("Fleet renewal").expectedCloseDate(closing).build());
  }

  private List<Task> tasksAbout(Lead lead) {
    return crm.tasks()
        .about(RecordRef.of(RecordType.LEAD, lead.id()), PageRequest.first(100))
        .items();
  }

  private List<Task> tasksAbout(Deal deal) {
    return crm.tasks()
        .about(RecordRef.of(RecordType.DEAL, deal.id()), PageRequest.first(100))
        .items();
  }

  private List<RuleExecution> log(Lead lead) {
    return crm.automation().log(RecordRef.of(RecordType.LEAD, lead.id()));
  }

  private List<RuleExecution> log(Deal deal) {
    return crm.automation().log(RecordRef.of(RecordType.DEAL, deal.id()));
  }

  /** Stands for a later feature's due work that rules hand records over to. */
  private final class Enrolment implements DueWork {

    @Override
    public DueKind kind() {
      return ENROLMENT;
    }

    @Override
    public String perform(DueItem item, Crm crm) {
      handedOver.add(item.subject());
      return "enrolled";
    }
  }
}
