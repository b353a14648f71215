package io.crmkit.core.contract;

import static io.crmkit.core.fixtures.ContactFixtures.OTHER_TENANT;
import static io.crmkit.core.fixtures.ContactFixtures.OWNER;
import static io.crmkit.core.fixtures.ContactFixtures.TENANT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.Crm;
import io.crmkit.core.DuplicateException;
import io.crmkit.core.NotFoundException;
import io.crmkit.core.PageRequest;
import io.crmkit.core.RecordRef;
import io.crmkit.core.RecordType;
import io.crmkit.core.UserId;
import io.crmkit.core.ValidationException;
import io.crmkit.core.consent.Channel;
import io.crmkit.core.consent.ConsentEvidence;
import io.crmkit.core.consent.ConsentSource;
import io.crmkit.core.consent.LegalBasis;
import io.crmkit.core.consent.Purpose;
import io.crmkit.core.consent.Subscription;
import io.crmkit.core.contact.Contact;
import io.crmkit.core.contact.ContactDetails;
import io.crmkit.core.contactpoint.EmailAddress;
import io.crmkit.core.fixtures.TestClock;
import io.crmkit.core.memory.InMemoryMessageGateway;
import io.crmkit.core.message.TemplateContent;
import io.crmkit.core.message.TemplateId;
import io.crmkit.core.sequence.Enrollment;
import io.crmkit.core.sequence.EnrollmentStatus;
import io.crmkit.core.sequence.ExitReason;
import io.crmkit.core.sequence.SendingWindow;
import io.crmkit.core.sequence.Sequence;
import io.crmkit.core.sequence.SequenceDetails;
import io.crmkit.core.sequence.SequenceReport;
import io.crmkit.core.sequence.SequenceStep;
import io.crmkit.core.sequence.SequenceStep.TaskStep;
import io.crmkit.core.spi.CrmStorage;
import io.crmkit.core.task.Task;
import io.crmkit.core.task.TaskKind;
import io.crmkit.core.timeline.ActivityDetails;
import io.crmkit.core.timeline.ActivityEntry;
import io.crmkit.core.timeline.Direction;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What sales sequences must do on every storage: steps in order as due work, each once even with
 * two runners, waits in business days, consent asked before each email, the sending window and the
 * daily limit, exits on a reply, one open enrollment per contact and sequence, reports.
 */
public abstract class SequenceContract {

  private static final Purpose SALES = Purpose.of("sales");
  private static final UserId REP = UserId.of("rep");

  private TestClock clock;
  private InMemoryMessageGateway gateway;
  private CrmStorage storage;
  private Crm crm;
  private TemplateId intro;

  /** Returns an empty storage for one test. */
  protected abstract CrmStorage newStorage();

  @BeforeEach
  void openCrm() {
    // Monday 2026-03-02 09:00 UTC
    clock = TestClock.atStart();
    gateway = InMemoryMessageGateway.create();
    storage = newStorage();
    crm = crm(storage, TENANT);
    crm.consent().defineType(SALES, "Sales follow-up");
    intro =
        crm.messages()
            .createTemplate(
                TemplateContent.email("intro")
                    .subject("Hello {{contact.firstName}}")
                    .text("Hello {{contact.firstName}}, shall we talk?")
                    .field("contact.firstName", "there")
                    .build())
            .id();
  }

  private Crm crm(CrmStorage on, io.crmkit.core.TenantId tenant) {
    return Crm.builder()
        .storage(on)
        .tenant(tenant)
        .actor(OWNER)
        .clock(clock)
        .messageGateway(gateway)
        .build();
  }

  @Test
  void runsTheStepsInOrderWaitingInBusinessDaysThenFinishes() {
    Sequence sequence =
        sequence(
            SequenceStep.email(intro),
            SequenceStep.waitBusinessDays(2),
            SequenceStep.task(TaskStep.Kind.CALL, "Call about the intro"));
    Contact ana = consenting("Ana", "ana@example.com");
    Enrollment enrollment = crm.sequences().enroll(sequence.id(), ana.id());

    crm.automation().runDue();
    Enrollment waiting = crm.sequences().findEnrollment(enrollment.id()).orElseThrow();
    assertThat(gateway.sentTo(EmailAddress.of("ana@example.com"))).hasSize(1);
    assertThat(waiting.nextStep()).isEqualTo(2);
    assertThat(waiting.status()).isEqualTo(EnrollmentStatus.ACTIVE);

    clock.advance(Duration.ofDays(1));
    crm.automation().runDue();
    assertThat(calls(ana)).isEmpty();

    clock.advance(Duration.ofDays(1));
    crm.automation().runDue();
    Enrollment done = crm.sequences().findEnrollment(enrollment.id()).orElseThrow();
    assertThat(calls(ana))
        .extracting(task -> task.details().title())
        .containsExactly("Call about the intro");
    assertThat(done.status()).isEqualTo(EnrollmentStatus.FINISHED);
    assertThat(done.runs())
        .extracting(run -> run.outcome())
        .containsExactly("emailed", "waited", "task created");
    assertThat(done.enrolledBy()).isEqualTo(OWNER);
  }

  @Test
  void exitsOnAReplyAndRunsNoFurtherStep() {
    Sequence sequence =
        sequence(
            SequenceStep.email(intro), SequenceStep.waitBusinessDays(1), SequenceStep.email(intro));
    Contact ana = consenting("Ana", "ana@example.com");
    Enrollment enrollment = crm.sequences().enroll(sequence.id(), ana.id());
    crm.automation().runDue();

    clock.advance(Duration.ofHours(2));
    crm.timeline()
        .log(
            ActivityEntry.of(new ActivityDetails.Email(Direction.INBOUND, "reply-1"))
                .about(ana.id())
                .subject("Re: Hello Ana"));
    clock.advance(Duration.ofDays(3));
    crm.automation().runDue();

    Enrollment exited = crm.sequences().findEnrollment(enrollment.id()).orElseThrow();
    assertThat(exited.status()).isEqualTo(EnrollmentStatus.EXITED);
    assertThat(exited.exitReason()).contains(ExitReason.REPLIED);
    assertThat(gateway.sent()).hasSize(1);
    SequenceReport report = crm.sequences().report(sequence.id());
    assertThat(report.replied()).isEqualTo(1);
    assertThat(report.enrolled()).isEqualTo(1);
    assertThat(report.steps().get(2).exitedAfter()).isEqualTo(1);
  }

  @Test
  void keepsOneOpenEnrollmentPerContactAndSequence() {
    Sequence sequence = sequence(SequenceStep.task(TaskStep.Kind.SOCIAL, "Like a post"));
    Contact ana = consenting("Ana", "ana@example.com");
    Enrollment first = crm.sequences().enroll(sequence.id(), ana.id());

    assertThatThrownBy(() -> crm.sequences().enroll(sequence.id(), ana.id()))
        .isInstanceOf(DuplicateException.class);

    crm.sequences().unenroll(first.id());
    Enrollment again = crm.sequences().enroll(sequence.id(), ana.id());
    assertThat(crm.sequences().enrollments(ana.id()))
        .extracting(Enrollment::status)
        .containsExactly(EnrollmentStatus.EXITED, EnrollmentStatus.ACTIVE);
    assertThat(again.id()).isNotEqualTo(first.id());
  }

  @Test
  void exitsWithoutSendingWhenConsentWasWithdrawn() {
    Sequence sequence = sequence(SequenceStep.email(intro));
    Contact ana = consenting("Ana", "ana@example.com");
    Enrollment enrollment = crm.sequences().enroll(sequence.id(), ana.id());
    crm.consent().withdraw(Subscription.of(ana.id(), Channel.EMAIL, SALES), ConsentSource.LINK);

    crm.automation().runDue();

    assertThat(gateway.sent()).isEmpty();
    assertThat(crm.sequences().findEnrollment(enrollment.id()).orElseThrow().exitReason())
        .contains(ExitReason.UNSUBSCRIBED);
  }

  @Test
  void holdsEmailsForTheSendingWindowAndTheSendersDailyLimit() {
    SequenceDetails details =
        details(SequenceStep.email(intro))
            .withWindow(
                SendingWindow.of(LocalTime.of(10, 0), LocalTime.of(16, 0), ZoneId.of("UTC")))
            .withDailyLimit(1);
    Sequence sequence = crm.sequences().create(details);
    crm.sequences().enroll(sequence.id(), consenting("Ana", "ana@example.com").id());
    crm.sequences().enroll(sequence.id(), consenting("Bea", "bea@example.com").id());

    crm.automation().runDue();
    assertThat(gateway.sent()).isEmpty();

    clock.advance(Duration.ofHours(1));
    crm.automation().runDue();
    assertThat(gateway.sent()).hasSize(1);

    clock.advance(Duration.ofDays(1));
    crm.automation().runDue();
    assertThat(gateway.sent()).hasSize(2);
    assertThat(crm.sequences().report(sequence.id()).finished()).isEqualTo(2);
  }

  @Test
  void pausedEnrollmentsWaitAndResumeWhereTheyWere() {
    Sequence sequence = sequence(SequenceStep.task(TaskStep.Kind.MANUAL_EMAIL, "Write to them"));
    Contact ana = consenting("Ana", "ana@example.com");
    Enrollment enrollment = crm.sequences().enroll(sequence.id(), ana.id());
    crm.sequences().pause(enrollment.id());

    crm.automation().runDue();
    assertThat(tasksAbout(ana)).isEmpty();

    crm.sequences().resume(enrollment.id());
    crm.automation().runDue();
    assertThat(crm.sequences().findEnrollment(enrollment.id()).orElseThrow().status())
        .isEqualTo(EnrollmentStatus.FINISHED);
  }

  @Test
  void twoRunnersExecuteEachStepOnce() throws Exception {
    Sequence sequence =
        sequence(
            SequenceStep.email(intro),
            SequenceStep.waitBusinessHours(1),
            SequenceStep.email(intro));
    for (int i = 0; i < 40; i++) {
      crm.sequences().enroll(sequence.id(), consenting("C" + i, "c" + i + "@example.com").id());
    }
    ExecutorService runners = Executors.newFixedThreadPool(2);
    try {
      for (int round = 0; round < 3; round++) {
        List<Future<?>> runs = new ArrayList<>();
        for (int r = 0; r < 2; r++) {
          runs.add(runners.submit(() -> crm.automation().runDue()));
        }
        for (Future<?> run : runs) {
          run.get();
        }
        clock.advance(Duration.ofHours(1));
      }
    } finally {
      runners.shutdownNow();
    }
    assertThat(gateway.sent()).hasSize(80);
    assertThat(crm.sequences().report(sequence.id()).finished()).isEqualTo(40);
  }

  @Test
  void exitsEveryOpenEnrollmentOfAContactForAReportedReason() {
    Sequence first = sequence(SequenceStep.task(TaskStep.Kind.CALL, "Call"));
    Sequence second =
        crm.sequences()
            .create(
                SequenceDetails.of(
                        "Second",
                        List.of(SequenceStep.email(intro)),
                        REP,
                        EmailAddress.of("rep@example.com"))
                    .withPurpose(SALES));
    Contact ana = consenting("Ana", "ana@example.com");
    crm.sequences().enroll(first.id(), ana.id());
    crm.sequences().enroll(second.id(), ana.id());

    List<Enrollment> ended = crm.sequences().exit(ana.id(), ExitReason.MEETING_BOOKED);
    crm.automation().runDue();

    assertThat(ended).hasSize(2);
    assertThat(crm.sequences().report(first.id()).meetings()).isEqualTo(1);
    assertThat(crm.sequences().report(second.id()).exits())
        .isEqualTo(Map.of(ExitReason.MEETING_BOOKED, 1));
    assertThat(gateway.sent()).isEmpty();
  }

  @Test
  void refusesAnEmailStepWithoutItsTemplate() {
    TemplateId missing = TemplateId.of(UUID.randomUUID());
    assertThatThrownBy(() -> crm.sequences().create(details(SequenceStep.email(missing))))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("steps[0].template");
  }

  @Test
  void anotherTenantNeitherSeesTheSequenceNorEnrollsItsContacts() {
    Sequence sequence = sequence(SequenceStep.task(TaskStep.Kind.CALL, "Call"));
    Crm other = crm(storage, OTHER_TENANT);
    Contact theirs = other.contacts().create(ContactDetails.builder().name("Zed", "Other").build());

    assertThat(other.sequences().find(sequence.id())).isEmpty();
    assertThatThrownBy(() -> other.sequences().enroll(sequence.id(), theirs.id()))
        .isInstanceOf(NotFoundException.class);
    Contact ours = consenting("Ana", "ana@example.com");
    assertThatThrownBy(() -> crm.sequences().enroll(sequence.id(), theirs.id()))
        .isInstanceOf(NotFoundException.class);
    Enrollment enrollment = crm.sequences().enroll(sequence.id(), ours.id());
    assertThatThrownBy(() -> other.sequences().unenroll(enrollment.id()))
        .isInstanceOf(NotFoundException.class);
  }

  private List<Task> tasksAbout(Contact contact) {
    return crm.tasks()
        .about(RecordRef.of(RecordType.CONTACT, contact.id()), PageRequest.first(10))
        .items();
  }

  private List<Task> calls(Contact contact) {
    return tasksAbout(contact).stream()
        .filter(task -> task.details().kind() == TaskKind.CALL)
        .toList();
  }

  private Sequence sequence(SequenceStep... steps) {
    return crm.sequences().create(details(steps));
  }

  private static SequenceDetails details(SequenceStep... steps) {
    return SequenceDetails.of("Follow-up", List.of(steps), REP, EmailAddress.of("rep@example.com"))
        .withPurpose(SALES);
  }

  private Contact consenting(String name, String email) {
    Contact contact =
        crm.contacts().create(ContactDetails.builder().name(name, "Test").email(email).build());
    crm.consent()
        .grant(
            Subscription.of(contact.id(), Channel.EMAIL, SALES),
            LegalBasis.CONSENT,
            ConsentSource.FORM,
            ConsentEvidence.NONE);
    return contact;
  }
}
