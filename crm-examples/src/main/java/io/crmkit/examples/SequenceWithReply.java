package io.crmkit.examples;

import io.crmkit.core.Crm;
import io.crmkit.core.UserId;
import io.crmkit.core.automation.AutomationReplay;
import io.crmkit.core.automation.ReplayClock;
import io.crmkit.core.consent.Channel;
import io.crmkit.core.consent.ConsentEvidence;
import io.crmkit.core.consent.ConsentSource;
import io.crmkit.core.consent.LegalBasis;
import io.crmkit.core.consent.Purpose;
import io.crmkit.core.consent.Subscription;
import io.crmkit.core.contact.Contact;
import io.crmkit.core.contact.ContactDetails;
import io.crmkit.core.contactpoint.EmailAddress;
import io.crmkit.core.memory.InMemoryMessageGateway;
import io.crmkit.core.message.MessageTemplate;
import io.crmkit.core.message.TemplateContent;
import io.crmkit.core.sequence.Enrollment;
import io.crmkit.core.sequence.Sequence;
import io.crmkit.core.sequence.SequenceDetails;
import io.crmkit.core.sequence.SequenceReport;
import io.crmkit.core.sequence.SequenceStep;
import io.crmkit.core.timeline.ActivityDetails;
import io.crmkit.core.timeline.ActivityEntry;
import io.crmkit.core.timeline.Direction;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A sales sequence (an email, two business days, a follow-up email, a call task) that stops when
 * the contact replies, replayed on a test clock through two weeks in a blink.
 *
 * @since 0.1
 */
public final class SequenceWithReply {

  private SequenceWithReply() {}

  /** Enrolls Ana, lets her reply after the first email, and prints what the sequence did. */
  public static void main(String[] args) {
    ReplayClock clock = ReplayClock.at(Instant.parse("2026-03-02T09:00:00Z")); // a Monday
    InMemoryMessageGateway gateway = InMemoryMessageGateway.create();
    Crm crm = Crm.builder().clock(clock).messageGateway(gateway).actor(UserId.of("rep")).build();
    Purpose sales = Purpose.of("sales");
    crm.consent().defineType(sales, "Sales follow-up");
    MessageTemplate intro =
        crm.messages()
            .createTemplate(
                TemplateContent.email("intro")
                    .subject("Hello {{contact.firstName}}")
                    .text("Hello {{contact.firstName}}, may I show you our presses?")
                    .field("contact.firstName", "there")
                    .build());
    Sequence sequence =
        crm.sequences()
            .create(
                SequenceDetails.of(
                        "New lead follow-up",
                        List.of(
                            SequenceStep.email(intro.id()),
                            SequenceStep.waitBusinessDays(2),
                            SequenceStep.email(intro.id()),
                            SequenceStep.task(SequenceStep.TaskStep.Kind.CALL, "Call Ana")),
                        UserId.of("rep"),
                        EmailAddress.of("rep@example.com"))
                    .withPurpose(sales));
    Contact ana =
        crm.contacts()
            .create(ContactDetails.builder().name("Ana", "Lima").email("ana@example.com").build());
    crm.consent()
        .grant(
            Subscription.of(ana.id(), Channel.EMAIL, sales),
            LegalBasis.CONSENT,
            ConsentSource.FORM,
            ConsentEvidence.NONE);
    Enrollment enrollment = crm.sequences().enroll(sequence.id(), ana.id());

    AutomationReplay replay = AutomationReplay.of(crm, clock);
    replay.advance(Duration.ofDays(1), Duration.ofHours(1));
    System.out.println("after day 1: " + gateway.sent().size() + " email sent");

    crm.timeline()
        .log(
            ActivityEntry.of(new ActivityDetails.Email(Direction.INBOUND, "reply-1"))
                .about(ana.id())
                .subject("Re: Hello Ana"));
    replay.advance(Duration.ofDays(14), Duration.ofHours(1));

    Enrollment ended = crm.sequences().findEnrollment(enrollment.id()).orElseThrow();
    System.out.println(
        "enrollment: "
            + ended.status()
            + " "
            + ended.exitReason().orElseThrow()
            + " after "
            + ended.runs().size()
            + " steps");
    System.out.println("after two weeks: " + gateway.sent().size() + " email sent");
    SequenceReport report = crm.sequences().report(sequence.id());
    System.out.println(
        "report: enrolled "
            + report.enrolled()
            + ", replied "
            + report.replied()
            + ", finished "
            + report.finished());
  }
}
