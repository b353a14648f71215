package io.crmkit.core.sequence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.crmkit.core.Crm;
import io.crmkit.core.DuplicateException;
import io.crmkit.core.UserId;
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
import io.crmkit.core.statemachine.IllegalTransitionException;
import io.crmkit.core.timeline.ActivityDetails;
import io.crmkit.core.timeline.ActivityEntry;
import io.crmkit.core.timeline.Direction;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Enrollments under random interleavings of enrolments, pauses, replies, consent changes, clock
 * steps and due-work runs: a contact never has two open enrollments in a sequence, no step runs
 * after an enrollment closed, and an email leaves only while the contact's consent stands.
 */
class EnrollmentProperties {

  private static final Purpose SALES = Purpose.of("sales");
  private static final int CONTACTS = 3;

  /** One event: {@code what} (0 to 8) for contact {@code who}, or a clock step of hours. */
  record Event(int what, int who, int hours) {}

  private static Gen<List<Event>> events() {
    Gen<Event> event =
        integers()
            .between(0, 8)
            .zip(integers().between(0, CONTACTS - 1), integers().between(1, 30), Event::new);
    return lists().of(event).ofSizeBetween(1, 40);
  }

  @Test
  void keepsOneOpenEnrollmentRunsNothingAfterExitAndSendsOnlyWithConsent() {
    qt().withExamples(150).forAll(events()).checkAssert(EnrollmentProperties::run);
  }

  private static void run(List<Event> events) {
    TestClock clock = TestClock.atStart();
    InMemoryMessageGateway gateway = InMemoryMessageGateway.create();
    Crm crm = Crm.builder().clock(clock).messageGateway(gateway).build();
    crm.consent().defineType(SALES, "Sales");
    TemplateId template =
        crm.messages()
            .createTemplate(
                TemplateContent.email("hello").subject("Hello").text("Hello there").build())
            .id();
    Sequence sequence =
        crm.sequences()
            .create(
                SequenceDetails.of(
                        "Cadence",
                        List.of(
                            SequenceStep.email(template),
                            SequenceStep.waitBusinessHours(4),
                            SequenceStep.email(template),
                            SequenceStep.task(SequenceStep.TaskStep.Kind.CALL, "Call")),
                        UserId.of("rep"),
                        EmailAddress.of("rep@example.com"))
                    .withPurpose(SALES));
    Contact[] contacts = new Contact[CONTACTS];
    boolean[] consenting = new boolean[CONTACTS];
    for (int i = 0; i < CONTACTS; i++) {
      contacts[i] =
          crm.contacts()
              .create(ContactDetails.builder().name("C" + i, "T").email(address(i)).build());
    }
    Map<EnrollmentId, Integer> closedRuns = new HashMap<>();
    for (Event event : events) {
      Contact who = contacts[event.who()];
      Subscription subscription = Subscription.of(who.id(), Channel.EMAIL, SALES);
      int sentBefore = gateway.sentTo(EmailAddress.of(address(event.who()))).size();
      switch (event.what()) {
        case 0 -> {
          boolean open = open(crm, who).isPresent();
          try {
            crm.sequences().enroll(sequence.id(), who.id());
            assertThat(open).as("enrolled twice").isFalse();
          } catch (DuplicateException refused) {
            assertThat(open).as("refused a first enrolment").isTrue();
          }
        }
        case 1 -> clock.advance(Duration.ofHours(event.hours()));
        case 2 -> {
          int[] before = new int[CONTACTS];
          for (int i = 0; i < CONTACTS; i++) {
            before[i] = gateway.sentTo(EmailAddress.of(address(i))).size();
          }
          crm.automation().runDue();
          for (int i = 0; i < CONTACTS; i++) {
            int sent = gateway.sentTo(EmailAddress.of(address(i))).size();
            assertThat(consenting[i] || sent == before[i]).as("email without consent").isTrue();
          }
        }
        case 3 -> {
          crm.consent()
              .grant(subscription, LegalBasis.CONSENT, ConsentSource.FORM, ConsentEvidence.NONE);
          consenting[event.who()] = true;
        }
        case 4 -> {
          crm.consent().withdraw(subscription, ConsentSource.LINK);
          consenting[event.who()] = false;
        }
        case 5 ->
            crm.timeline()
                .log(
                    ActivityEntry.of(new ActivityDetails.Email(Direction.INBOUND, "r"))
                        .about(who.id())
                        .subject("Re"));
        case 6 -> open(crm, who).ifPresent(e -> tolerate(() -> crm.sequences().pause(e.id())));
        case 7 -> open(crm, who).ifPresent(e -> tolerate(() -> crm.sequences().resume(e.id())));
        default -> crm.sequences().exit(who.id(), ExitReason.MEETING_BOOKED);
      }
      if (event.what() == 2) {
        continue;
      }
      assertThat(gateway.sentTo(EmailAddress.of(address(event.who()))))
          .as("an email outside a due-work run")
          .hasSize(sentBefore);
      check(crm, contacts, closedRuns);
    }
    crm.automation().runDue();
    check(crm, contacts, closedRuns);
  }

  private static void check(Crm crm, Contact[] contacts, Map<EnrollmentId, Integer> closedRuns) {
    for (Contact contact : contacts) {
      List<Enrollment> all = crm.sequences().enrollments(contact.id());
      assertThat(all.stream().filter(Enrollment::isOpen).count())
          .as("open enrollments of one contact")
          .isLessThanOrEqualTo(1);
      for (Enrollment enrollment : all) {
        if (!enrollment.isOpen()) {
          Integer before = closedRuns.putIfAbsent(enrollment.id(), enrollment.runs().size());
          assertThat(enrollment.runs().size())
              .as("steps after the enrollment closed")
              .isEqualTo(before == null ? enrollment.runs().size() : before);
        }
      }
    }
  }

  private static java.util.Optional<Enrollment> open(Crm crm, Contact who) {
    return crm.sequences().enrollments(who.id()).stream().filter(Enrollment::isOpen).findFirst();
  }

  private static void tolerate(Runnable command) {
    try {
      command.run();
    } catch (IllegalTransitionException notFromThisStatus) {
      // pausing a paused enrollment, resuming an active one: refused, as the machine says
    }
  }

  private static String address(int i) {
    return "c" + i + "@example.com";
  }
}
