package io.crmkit.examples;

import io.crmkit.core.Crm;
import io.crmkit.core.RecordRef;
import io.crmkit.core.RecordType;
import io.crmkit.core.Tag;
import io.crmkit.core.UserId;
import io.crmkit.core.automation.AssignmentMethod;
import io.crmkit.core.automation.AssignmentRule;
import io.crmkit.core.automation.AutomationReplay;
import io.crmkit.core.automation.ReplayClock;
import io.crmkit.core.automation.RuleAction;
import io.crmkit.core.automation.RuleExecution;
import io.crmkit.core.automation.RuleTrigger;
import io.crmkit.core.automation.RuleVerdict;
import io.crmkit.core.automation.Territory;
import io.crmkit.core.automation.WorkflowRule;
import io.crmkit.core.contact.Contact;
import io.crmkit.core.contact.ContactDetails;
import io.crmkit.core.contactpoint.EmailAddress;
import io.crmkit.core.customfield.CustomFieldDefinition;
import io.crmkit.core.deal.Deal;
import io.crmkit.core.deal.DealDetails;
import io.crmkit.core.deal.Pipeline;
import io.crmkit.core.deal.PipelinePolicy;
import io.crmkit.core.deal.Stage;
import io.crmkit.core.deal.StageId;
import io.crmkit.core.lead.Attribution;
import io.crmkit.core.lead.Lead;
import io.crmkit.core.lead.LeadDetails;
import io.crmkit.core.lead.LeadSource;
import io.crmkit.core.sequence.SequenceDetails;
import io.crmkit.core.sequence.SequenceStep;
import io.crmkit.core.task.Task;
import io.crmkit.scoring.automation.RecordConditions;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Workflow and assignment rules replayed on a test clock: new leads shared out by round robin,
 * labelled, tagged on their contact and enrolled in a follow-up sequence, and a task when a large
 * deal stalls, with conditions in the segment language, the deal's execution log and a dry run.
 *
 * @since 0.1
 */
public final class WorkflowRules {

  private WorkflowRules() {}

  /** Replays two weeks of a small sales team's automation in memory. */
  public static void main(String[] args) {
    ReplayClock clock = ReplayClock.at(Instant.parse("2026-03-02T09:00:00Z")); // a Monday
    Crm crm = Crm.builder().clock(clock).actor(UserId.of("lea")).build();
    UserId ana = UserId.of("ana");
    UserId bob = UserId.of("bob");

    crm.automation()
        .define(
            new AssignmentRule(
                "inbound",
                List.of(Territory.everyone("sales", ana, bob)),
                AssignmentMethod.ROUND_ROBIN,
                25));
    Contact iris =
        crm.contacts()
            .create(ContactDetails.builder().name("Iris", "Lee").email("iris@example.com").build());
    crm.sequences()
        .create(
            SequenceDetails.of(
                "Follow-up",
                List.of(
                    SequenceStep.task(SequenceStep.TaskStep.Kind.CALL, "Call the new lead"),
                    SequenceStep.waitBusinessDays(3),
                    SequenceStep.task(SequenceStep.TaskStep.Kind.CALL, "Call again")),
                ana,
                EmailAddress.of("ana@example.com")));
    crm.customFields()
        .define(
            CustomFieldDefinition.singleSelect(
                RecordType.LEAD, "channel", "Channel", List.of("web", "event")));
    crm.automation()
        .define(
            new WorkflowRule(
                "route-new-leads",
                new RuleTrigger.Created(RecordType.LEAD),
                RecordConditions.parse(RecordType.LEAD, "status = \"new\" and owner != \"ana\""),
                List.of(
                    new RuleAction.AssignBy("inbound"),
                    new RuleAction.SetField("custom.channel", "web"),
                    new RuleAction.AddTag(Tag.of("inbound")),
                    new RuleAction.EnrollInSequence("Follow-up"))));
    crm.automation()
        .define(
            new WorkflowRule(
                "stalled-deal",
                new RuleTrigger.DateRelative(RuleTrigger.DateField.DEAL_LAST_CHANGE, 5),
                RecordConditions.parse(RecordType.DEAL, "status = \"open\" and amount >= 10000"),
                List.of(new RuleAction.CreateTask("Revive the stalled deal", 1))));

    AutomationReplay replay = AutomationReplay.of(crm, clock);
    for (String name : List.of("Iris", "Jon", "Kim")) {
      Lead lead =
          crm.leads()
              .capture(
                  LeadDetails.builder()
                      .name(name, "Lee")
                      .email(name.toLowerCase(Locale.ROOT) + "@example.com")
                      .build(),
                  Attribution.of(LeadSource.WEB_FORM));
      replay.advance(Duration.ZERO, Duration.ofHours(1));
      Lead routed = crm.leads().get(lead.id());
      System.out.println(
          name
              + " -> "
              + routed.owner().value()
              + ", channel "
              + routed.details().customFields().asMap().get("channel").asText());
    }
    System.out.println(
        "Iris: tags "
            + crm.contacts().get(iris.id()).details().tags().stream().map(Tag::value).toList()
            + ", follow-up "
            + crm.sequences().enrollments(iris.id()).stream()
                .map(enrollment -> enrollment.status().toString())
                .toList());

    StageId talks = StageId.of(UUID.randomUUID());
    Pipeline sales =
        crm.pipelines()
            .create(
                "Sales",
                List.of(
                    Stage.open(talks, "Talks", 40),
                    Stage.won(StageId.of(UUID.randomUUID()), "Won"),
                    Stage.lost(StageId.of(UUID.randomUUID()), "Lost")),
                PipelinePolicy.STRICT);
    Deal deal =
        crm.deals()
            .open(
                sales.id(),
                DealDetails.builder()
                    .name("Fleet renewal")
                    .amount(new BigDecimal("25000"), "EUR")
                    .build());
    RecordRef ref = RecordRef.of(RecordType.DEAL, deal.id());
    for (RuleVerdict verdict : crm.automation().dryRun(ref)) {
      System.out.println("dry run: " + verdict.rule() + ", " + verdict.reason());
    }

    System.out.println("replayed: " + replay.advance(Duration.ofDays(14), Duration.ofHours(1)));
    for (RuleExecution line : crm.automation().log(ref)) {
      System.out.println(line.finishedAt() + " " + line.rule() + ": " + line.outcome());
    }
    for (Task task : crm.tasks().agenda(UserId.of("lea"), clock.instant()).overdue()) {
      System.out.println("task: " + task.details().title() + ", due " + task.details().dueAt());
    }
  }
}
