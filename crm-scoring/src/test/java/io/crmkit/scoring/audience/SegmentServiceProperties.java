package io.crmkit.scoring.audience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.crmkit.core.Crm;
import io.crmkit.core.RecordType;
import io.crmkit.core.UserId;
import io.crmkit.core.contact.Contact;
import io.crmkit.core.contact.ContactDetails;
import io.crmkit.core.contact.ContactId;
import io.crmkit.core.contactpoint.PostalAddress;
import io.crmkit.core.customfield.CustomFieldDefinition;
import io.crmkit.core.customfield.CustomFieldValue;
import io.crmkit.core.fixtures.TestClock;
import io.crmkit.core.money.Money;
import io.crmkit.core.party.LifecycleStage;
import io.crmkit.core.timeline.Activity;
import io.crmkit.core.timeline.ActivityDetails;
import io.crmkit.core.timeline.ActivityEntry;
import io.crmkit.scoring.CrmAnalytics;
import io.crmkit.scoring.segment.EvaluationContext;
import io.crmkit.scoring.segment.Literal;
import io.crmkit.scoring.segment.SegmentExpression;
import io.crmkit.scoring.segment.SegmentFilter;
import io.crmkit.scoring.segment.SegmentPrinter;
import io.crmkit.scoring.segment.SegmentSchema;
import io.crmkit.scoring.segment.Segments;
import io.crmkit.scoring.segment.WindowUnit;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.impl.Constraint;

/**
 * Evaluating a segment through {@link SegmentService} (which reads contacts, companies and
 * timelines from the CRM page by page) selects exactly the contacts that the compiled filter
 * selects when run directly on subjects built from the same contacts and activities.
 */
class SegmentServiceProperties {

  private static final List<String> GIVEN = List.of("Ana", "Bea", "");
  private static final List<String> TITLES = List.of("", "CTO", "VP Sales");
  private static final List<String> COUNTRIES = List.of("", "DE", "PT");
  private static final List<String> TAGS = List.of("vip", "golf", "nope");
  private static final List<String> TYPES = List.of("call", "order", "meeting");
  private static final List<LifecycleStage> STAGES =
      List.of(LifecycleStage.LEAD, LifecycleStage.CUSTOMER, LifecycleStage.SUBSCRIBER);
  private static final List<String> FIELDS =
      List.of(
          "givenName",
          "familyName",
          "jobTitle",
          "country",
          "email",
          "lifecycleStage",
          "custom.seats",
          "orderCount",
          "orderValue",
          "activityCount",
          "lastActivityAt",
          "score");

  /** A contact to create: its fields and the activities to log about it, days before now. */
  record ContactSpec(
      String given,
      String title,
      String country,
      List<String> tags,
      long seats,
      LifecycleStage stage,
      List<Long> orderDays,
      List<Long> callDays) {}

  record Scenario(List<ContactSpec> contacts, SegmentExpression expression) {
    @Override
    public String toString() {
      return SegmentPrinter.print(expression) + " over " + contacts;
    }
  }

  private static final Gen<Scenario> SCENARIOS =
      in -> {
        List<ContactSpec> contacts = new ArrayList<>();
        int count = between(in, 0, 6);
        for (int i = 0; i < count; i++) {
          contacts.add(contact(in));
        }
        return new Scenario(contacts, expression(in, 0));
      };

  @Test
  void serviceEvaluationEqualsTheFilterOnEachSubject() {
    qt().withExamples(150).forAll(SCENARIOS).checkAssert(SegmentServiceProperties::check);
  }

  private static void check(Scenario scenario) {
    TestClock clock = TestClock.atStart();
    Crm crm = Crm.builder().clock(clock).build();
    crm.customFields().define(CustomFieldDefinition.number(RecordType.CONTACT, "seats", "Seats"));
    List<ContactSubject> direct = new ArrayList<>();
    for (int i = 0; i < scenario.contacts().size(); i++) {
      ContactSpec spec = scenario.contacts().get(i);
      Contact contact = create(crm, spec, i);
      List<Activity> activities = new ArrayList<>();
      for (long days : spec.orderDays()) {
        activities.add(
            crm.timeline()
                .log(
                    ActivityEntry.of(
                            new ActivityDetails.Order("o" + days, Money.of("12.50", "EUR")))
                        .about(contact.id())
                        .at(clock.instant().minus(Duration.ofDays(days)))));
      }
      for (long days : spec.callDays()) {
        activities.add(
            crm.timeline()
                .log(
                    ActivityEntry.of(new ActivityDetails.Note())
                        .about(contact.id())
                        .at(clock.instant().minus(Duration.ofDays(days)))));
        activities.add(
            crm.timeline()
                .log(
                    ActivityEntry.of(new ActivityDetails.Other("call", Map.of()))
                        .about(contact.id())
                        .at(clock.instant().minus(Duration.ofDays(days)))));
      }
      direct.add(ContactSubject.of(contact, ContactFacts.of(activities)));
    }
    SegmentService service = CrmAnalytics.on(crm).segments();
    service.define("s", SegmentPrinter.print(scenario.expression()));

    SegmentSchema schema = service.schema();
    Predicate<io.crmkit.scoring.segment.SegmentSubject> filter =
        SegmentFilter.compile(scenario.expression(), schema)
            .matcher(EvaluationContext.at(clock.instant()));
    List<ContactId> expected = direct.stream().filter(filter).map(ContactSubject::id).toList();

    assertThat(service.evaluate("s")).containsExactlyElementsOf(expected);
  }

  private static Contact create(Crm crm, ContactSpec spec, int index) {
    ContactDetails.Builder details =
        ContactDetails.builder().name(spec.given(), "Test").jobTitle(spec.title());
    if (!spec.country().isEmpty()) {
      details.address(PostalAddress.builder().city("X").country(spec.country()).build());
    }
    spec.tags().forEach(details::tag);
    if (spec.seats() >= 0) {
      details.customField("seats", CustomFieldValue.Number.of(spec.seats()));
    }
    if (!spec.given().isEmpty()) {
      details.email(spec.given().toLowerCase(java.util.Locale.ROOT) + index + "@example.com");
    }
    return crm.contacts().create(details.build(), UserId.of("olivia"), spec.stage());
  }

  private static ContactSpec contact(RandomnessSource in) {
    List<String> tags = new ArrayList<>();
    for (String tag : TAGS.subList(0, 2)) {
      if (bool(in)) {
        tags.add(tag);
      }
    }
    return new ContactSpec(
        pick(in, GIVEN),
        pick(in, TITLES),
        pick(in, COUNTRIES),
        tags,
        pick(in, List.of(-1L, 5L, 50L)),
        pick(in, STAGES),
        days(in),
        days(in));
  }

  private static List<Long> days(RandomnessSource in) {
    List<Long> days = new ArrayList<>();
    int count = between(in, 0, 2);
    for (int i = 0; i < count; i++) {
      days.add(pick(in, List.of(1L, 10L, 40L)));
    }
    return days;
  }

  private static SegmentExpression expression(RandomnessSource in, int depth) {
    int kind = between(in, 0, depth >= 3 ? 8 : 11);
    return switch (kind) {
      case 0 ->
          Segments.field(pick(in, List.of("givenName", "jobTitle", "country")))
              .equalTo(pick(in, List.of("Ana", "CTO", "DE", "")));
      case 1 ->
          Segments.field(pick(in, List.of("givenName", "jobTitle", "country")))
              .notEqualTo(pick(in, List.of("Bea", "VP Sales", "PT")));
      case 2 -> Segments.field("jobTitle").startsWith(pick(in, List.of("C", "VP", "x")));
      case 3 ->
          Segments.field(pick(in, List.of("orderCount", "activityCount", "custom.seats")))
              .atLeast(between(in, 0, 6) * 10L % 55);
      case 4 ->
          Segments.field("orderValue")
              .greaterThan(Literal.of(new BigDecimal(pick(in, List.of("0", "12.5", "20.00")))));
      case 5 -> Segments.field(pick(in, FIELDS)).isEmpty();
      case 6 -> Segments.hasTag(pick(in, TAGS));
      case 7 ->
          bool(in)
              ? Segments.hasActivity(pick(in, TYPES))
              : Segments.hasActivityWithin(pick(in, TYPES), between(in, 1, 30), WindowUnit.DAYS);
      case 8 ->
          bool(in)
              ? Segments.field("lastActivityAt").withinLast(between(in, 1, 30), WindowUnit.DAYS)
              : Segments.field("lifecycleStage").in("LEAD", pick(in, List.of("CUSTOMER", "OTHER")));
      case 9 -> Segments.allOf(expression(in, depth + 1), expression(in, depth + 1));
      case 10 -> Segments.anyOf(expression(in, depth + 1), expression(in, depth + 1));
      default -> Segments.not(expression(in, depth + 1));
    };
  }

  private static <T> T pick(RandomnessSource in, List<T> values) {
    return values.get(between(in, 0, values.size() - 1));
  }

  private static boolean bool(RandomnessSource in) {
    return between(in, 0, 1) == 1;
  }

  private static int between(RandomnessSource in, int low, int high) {
    return (int) in.next(Constraint.between(low, high));
  }
}
