package io.crmkit.examples.demo;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.Crm;
import io.crmkit.core.Page;
import io.crmkit.core.PageRequest;
import io.crmkit.core.RecordRef;
import io.crmkit.core.RecordType;
import io.crmkit.core.UserId;
import io.crmkit.core.automation.AssignmentMethod;
import io.crmkit.core.automation.AssignmentRule;
import io.crmkit.core.automation.DueRun;
import io.crmkit.core.automation.RuleAction;
import io.crmkit.core.automation.RuleCondition;
import io.crmkit.core.automation.RuleExecution;
import io.crmkit.core.automation.RuleTrigger;
import io.crmkit.core.automation.Territory;
import io.crmkit.core.automation.WorkflowRule;
import io.crmkit.core.calendar.BusinessCalendar;
import io.crmkit.core.consent.Channel;
import io.crmkit.core.consent.ConsentEvidence;
import io.crmkit.core.consent.ConsentSource;
import io.crmkit.core.consent.LegalBasis;
import io.crmkit.core.consent.Purpose;
import io.crmkit.core.consent.Subscription;
import io.crmkit.core.contact.ContactId;
import io.crmkit.core.contactpoint.EmailAddress;
import io.crmkit.core.deal.Deal;
import io.crmkit.core.deal.DealQuery;
import io.crmkit.core.lead.LeadId;
import io.crmkit.core.message.TemplateContent;
import io.crmkit.core.message.TemplateId;
import io.crmkit.core.sequence.Sequence;
import io.crmkit.core.sequence.SequenceDetails;
import io.crmkit.core.sequence.SequenceReport;
import io.crmkit.core.sequence.SequenceStep;
import io.crmkit.core.timeline.ActivityDetails;
import io.crmkit.core.timeline.ActivityEntry;
import io.crmkit.core.timeline.Direction;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * The sales automation of the demo's year: an assignment rule gives each new lead to the next rep
 * round robin; each converted lead's new contact is enrolled in a follow-up sequence (two emails
 * and a call) that stops when the person replies; a workflow rule creates a task for the owner of a
 * deal that has not changed for {@value #STALLS_AFTER} business days. The CRM's due work runs twice
 * each working day, as a host's timer would run it.
 */
final class SalesAutomation {

  static final String ROUTING = "new-leads";
  static final String STALLED_DEAL = "stalled-deal";
  static final String SEQUENCE = "New lead follow-up";
  static final int STALLS_AFTER = 10;

  /** The sales development desk: the sequence's sender, who gets its call tasks. */
  static final UserId SENDER = UserId.of("sdr-desk");

  static final Purpose SALES = Purpose.of("sales");

  /** When the due work runs on a working day, in UTC like the team's calendar. */
  private static final List<LocalTime> DUE_WORK_AT =
      List.of(LocalTime.of(9, 30), LocalTime.of(14, 30));

  /**
   * What the automation did over the year: the sequence's report and what each of its steps does,
   * the stalled-deal rule's log counts over every deal, the leads routed, the replies that stopped
   * the sequence, the due work's totals, and the seconds its work took within the year's.
   */
  record Year(
      SequenceReport sequence,
      List<String> stepNames,
      long stalledFired,
      long stalledNotFired,
      int routed,
      int replies,
      long dueDone,
      long dueFailed,
      double seconds)
      implements Wing {
    Year {
      requireNonNull(sequence, "sequence");
      stepNames = List.copyOf(stepNames);
    }

    @Override
    public String line() {
      return String.format(
          Locale.ROOT,
          "%,d leads routed, %,d enrolled in '%s' (%,d replied, %,d finished), the %s rule"
              + " fired %,d times (the automation's work took %.1f s of the year)",
          routed,
          sequence.enrolled(),
          SEQUENCE,
          sequence.replied(),
          sequence.finished(),
          STALLED_DEAL,
          stalledFired,
          seconds);
    }
  }

  private final Crm crm;
  private final Agenda agenda;
  private final Random random;
  private final BusinessCalendar calendar;
  private final WorkTimer timer = new WorkTimer();
  private final Sequence sequence;
  private int routed;
  private int replies;
  private long dueDone;
  private long dueFailed;

  /**
   * Defines the assignment rule, the stalled-deal rule and the follow-up sequence in {@code crm}.
   */
  SalesAutomation(Crm crm, Agenda agenda, Random random) {
    this.crm = requireNonNull(crm, "crm");
    this.agenda = requireNonNull(agenda, "agenda");
    this.random = requireNonNull(random, "random");
    this.calendar = crm.calendar();
    defineRules();
    this.sequence = defineSequence();
  }

  /** Plans the due work of every working day of the {@code days}. */
  void open(LocalDate first, int days) {
    for (int day = 0; day < days; day++) {
      LocalDate date = first.plusDays(day);
      if (calendar.isWorkingDay(date)) {
        for (LocalTime time : DUE_WORK_AT) {
          agenda.plan(date.atTime(time).toInstant(ZoneOffset.UTC), timer.timed(this::runDue));
        }
      }
    }
  }

  private void defineRules() {
    crm.automation()
        .define(
            new AssignmentRule(
                ROUTING,
                List.of(Territory.everyone("sales", SalesPlaybook.REPS.toArray(new UserId[0]))),
                AssignmentMethod.ROUND_ROBIN,
                0));
    crm.automation()
        .define(
            new WorkflowRule(
                STALLED_DEAL,
                new RuleTrigger.DateRelative(RuleTrigger.DateField.DEAL_LAST_CHANGE, STALLS_AFTER),
                RuleCondition.fieldIs("status", "open"),
                List.of(new RuleAction.CreateTask("Revive the stalled deal", 1))));
  }

  private Sequence defineSequence() {
    crm.consent().defineType(SALES, "Sales follow-up");
    TemplateId intro = template("follow-up-intro", "Good to meet you, {{contact.firstName}}");
    TemplateId reminder =
        template("follow-up-reminder", "{{contact.firstName}}, a customer story for you");
    return crm.sequences()
        .create(
            SequenceDetails.of(
                    SEQUENCE,
                    List.of(
                        SequenceStep.email(intro),
                        SequenceStep.waitBusinessDays(2),
                        SequenceStep.email(reminder),
                        SequenceStep.waitBusinessDays(3),
                        SequenceStep.task(
                            SequenceStep.TaskStep.Kind.CALL, "Call after the follow-up")),
                    SENDER,
                    EmailAddress.of("sales@crmkit-demo.example"))
                .withPurpose(SALES));
  }

  /** Gives the new lead {@code lead} to the rep whose turn it is, by the assignment rule. */
  UserId route(LeadId lead) {
    UserId rep =
        crm.automation()
            .assign(ROUTING, RecordRef.of(RecordType.LEAD, lead.value()))
            .assignee()
            .orElseThrow(() -> new IllegalStateException("no rep takes lead " + lead));
    routed++;
    return rep;
  }

  /**
   * Enrolls {@code contact}, just converted from a lead, in the follow-up sequence the next working
   * morning, under the legitimate interest of the talks begun; three in ten reply within a week.
   */
  void converted(ContactId contact) {
    Instant morning =
        calendar.plusBusinessTime(
            calendar.plusBusinessDays(now(), 1), Duration.ofMinutes(random.nextInt(60)));
    boolean replies = random.nextInt(100) < 30;
    Duration replyAfter = Duration.ofHours(2 + random.nextInt(5 * 24));
    agenda.plan(
        morning,
        timer.timed(
            () -> {
              enroll(contact);
              if (replies) {
                agenda.plan(now().plus(replyAfter), timer.timed(() -> reply(contact)));
              }
            }));
  }

  /** Returns what the automation did over the year. */
  Year year() {
    long[] counts = new long[2];
    PageRequest request = PageRequest.first(PageRequest.MAX_SIZE);
    while (true) {
      Page<Deal> page = crm.deals().search(DealQuery.all(), request);
      for (Deal deal : page.items()) {
        for (RuleExecution line :
            crm.automation().log(RecordRef.of(RecordType.DEAL, deal.id().value()))) {
          if (line.rule().equals(STALLED_DEAL) && line.finishedAt() != null) {
            counts[line.fired() ? 0 : 1]++;
          }
        }
      }
      if (page.next() == null) {
        break;
      }
      request = PageRequest.after(page.next(), PageRequest.MAX_SIZE);
    }
    return new Year(
        crm.sequences().report(sequence.id()),
        sequence.details().steps().stream().map(SalesAutomation::describe).toList(),
        counts[0],
        counts[1],
        routed,
        replies,
        dueDone,
        dueFailed,
        timer.seconds());
  }

  /** Returns what {@code step} does, as the report says it: "wait 2 business days". */
  private static String describe(SequenceStep step) {
    if (step instanceof SequenceStep.Email) {
      return "email";
    } else if (step instanceof SequenceStep.TaskStep task) {
      return task.kind().name().toLowerCase(Locale.ROOT) + " task";
    }
    SequenceStep.Wait wait = (SequenceStep.Wait) step;
    return wait.businessDays() > 0
        ? "wait " + wait.businessDays() + " business days"
        : "wait " + wait.businessHours() + " business hours";
  }

  private void enroll(ContactId contact) {
    crm.consent()
        .grant(
            Subscription.of(contact, Channel.EMAIL, SALES),
            LegalBasis.LEGITIMATE_INTEREST,
            ConsentSource.AGENT,
            ConsentEvidence.of("", "qualification meeting", null));
    crm.sequences().enroll(sequence.id(), contact);
  }

  private void reply(ContactId contact) {
    crm.timeline()
        .log(
            ActivityEntry.of(new ActivityDetails.Email(Direction.INBOUND, ""))
                .about(contact)
                .subject("Re: Good to meet you"));
    replies++;
  }

  private void runDue() {
    DueRun run = crm.automation().runDue();
    dueDone += run.done();
    dueFailed += run.failed();
  }

  private TemplateId template(String name, String subject) {
    return crm.messages()
        .createTemplate(
            TemplateContent.email(name)
                .subject(subject)
                .text("Hello {{contact.firstName}}, thank you for your time today.")
                .field("contact.firstName", "there")
                .build())
        .id();
  }

  private Instant now() {
    return crm.clock().instant();
  }
}
