package io.crmkit.jpa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.crmkit.core.contact.ContactDetails;
import io.crmkit.core.contact.ContactId;
import io.crmkit.core.contactpoint.PostalAddress;
import io.crmkit.core.customfield.CustomFieldValue;
import io.crmkit.core.money.Money;
import io.crmkit.core.timeline.ActivityDetails;
import io.crmkit.core.timeline.ActivityEntry;
import io.crmkit.scoring.segment.Literal;
import io.crmkit.scoring.segment.SegmentExpression;
import io.crmkit.scoring.segment.Segments;
import io.crmkit.scoring.segment.WindowUnit;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Random segments over random contacts select the same contacts in memory and in the database: on
 * H2 always, on PostgreSQL when {@code -Dcrmkit.test.postgres.url} is given. Each example draws a
 * seed from which a small world and twenty expressions are built, so that one database setup is
 * checked against many segments.
 */
class JpaSegmentQueryProperties {

  private static final String[] NAMES = {"", "Ana", "ana", "Ben", "O'Brien; --"};
  private static final String[] TITLES = {"", "CTO", "VP Sales", "50% off_now"};
  private static final String[] TAGS = {"vip", "lead"};
  private static final String[] INTERESTS = {"crm", "erp", "ai"};
  private static final String[] TYPES = {"visit", "email_click"};

  @Test
  void h2SelectsTheSameContactsAsTheInMemoryEvaluation() {
    sameContacts(TestDatabase.H2);
  }

  @Test
  void postgresqlSelectsTheSameContactsAsTheInMemoryEvaluation() {
    TestDatabase.POSTGRESQL.assumeConfigured();
    sameContacts(TestDatabase.POSTGRESQL);
  }

  private static void sameContacts(TestDatabase database) {
    qt().withExamples(15)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              Random random = new Random(seed);
              SegmentWorld world = new SegmentWorld(database);
              int contacts = 3 + random.nextInt(6);
              for (int i = 0; i < contacts; i++) {
                createContact(world, random);
              }
              for (int i = 0; i < 20; i++) {
                SegmentExpression expression = expression(random, 3);
                Set<ContactId> inMemory = world.inMemory(expression);
                assertThat(world.inDatabase(expression))
                    .as("seed %s: %s", seed, expression)
                    .isEqualTo(inMemory);
              }
            });
  }

  private static void createContact(SegmentWorld world, Random random) {
    ContactDetails.Builder details =
        ContactDetails.builder().name(pick(random, NAMES), "Lima").jobTitle(pick(random, TITLES));
    if (random.nextBoolean()) {
      PostalAddress.Builder address =
          PostalAddress.builder().postalCode("1010").country(random.nextBoolean() ? "DE" : "AT");
      if (random.nextBoolean()) {
        address.city("Berlin");
      }
      details.address(address.build());
    }
    for (String tag : TAGS) {
      if (random.nextBoolean()) {
        details.tag(tag);
      }
    }
    if (random.nextBoolean()) {
      details.customField("size", CustomFieldValue.Number.of(random.nextInt(11) - 5));
    }
    if (random.nextBoolean()) {
      details.customField(
          "budget", CustomFieldValue.Decimal.of(BigDecimal.valueOf(random.nextInt(2000), 2)));
    }
    if (random.nextBoolean()) {
      details.customField("vip", CustomFieldValue.Bool.of(random.nextBoolean()));
    }
    List<String> interests = new ArrayList<>();
    for (String interest : INTERESTS) {
      if (random.nextBoolean()) {
        interests.add(interest);
      }
    }
    if (!interests.isEmpty()) {
      details.customField(
          "interests", CustomFieldValue.Choices.of(interests.toArray(String[]::new)));
    }
    ContactId contact = world.crm.contacts().create(details.build()).id();
    Instant now = world.clock.instant();
    int activities = random.nextInt(4);
    for (int i = 0; i < activities; i++) {
      Instant at = now.minus(Duration.ofHours(random.nextInt(24 * 60)));
      ActivityDetails kind =
          random.nextInt(3) == 0
              ? new ActivityDetails.Order(
                  "o" + i,
                  Money.of(
                      BigDecimal.valueOf(random.nextInt(500)),
                      java.util.Currency.getInstance(random.nextInt(4) == 0 ? "USD" : "EUR")))
              : new ActivityDetails.Other(pick(random, TYPES), Map.of());
      world.crm.timeline().log(ActivityEntry.of(kind).at(at).about(contact));
    }
  }

  private static SegmentExpression expression(Random random, int depth) {
    if (depth == 0 || random.nextInt(3) == 0) {
      return condition(random);
    }
    return switch (random.nextInt(3)) {
      case 0 -> Segments.not(expression(random, depth - 1));
      case 1 -> expression(random, depth - 1).and(expression(random, depth - 1));
      default -> expression(random, depth - 1).or(expression(random, depth - 1));
    };
  }

  private static SegmentExpression condition(Random random) {
    List<Function<Random, SegmentExpression>> conditions =
        List.of(
            r -> Segments.field("givenName").equalTo(pick(r, NAMES)),
            r -> Segments.field("givenName").notIn(pick(r, NAMES), pick(r, NAMES)),
            r -> Segments.field("jobTitle").contains(pick(r, "%", "_", "Sales", "C")),
            r -> Segments.field("jobTitle").startsWith(pick(r, "VP", "50%", "c")),
            r -> Segments.field("jobTitle").isEmpty(),
            r -> Segments.field("country").equalTo(pick(r, "DE", "AT")),
            r -> Segments.field("city").notEqualTo("Berlin"),
            r -> Segments.field("city").isNotEmpty(),
            r -> Segments.hasTag(pick(r, TAGS)),
            r -> Segments.field("custom.size").greaterThan(r.nextInt(11) - 5),
            r -> Segments.field("custom.size").between(-2, r.nextInt(5)),
            r -> Segments.field("custom.size").in(r.nextInt(5), r.nextInt(5) - 5),
            r ->
                Segments.field("custom.budget")
                    .atMost(Literal.of(BigDecimal.valueOf(r.nextInt(2000), 2))),
            r -> Segments.field("custom.vip").equalTo(r.nextBoolean()),
            r -> Segments.field("custom.interests").contains(pick(r, INTERESTS)),
            r -> Segments.field("custom.interests").notIn(pick(r, INTERESTS), pick(r, INTERESTS)),
            r -> Segments.field("custom.interests").isEmpty(),
            r -> Segments.field("activityCount").atLeast(r.nextInt(3)),
            r -> Segments.field("orderCount").lessThan(r.nextInt(3)),
            r -> Segments.field("orderValue").greaterThan(Literal.of(r.nextInt(600))),
            r -> Segments.field("orderValue").isEmpty(),
            r -> Segments.field("lastActivityAt").withinLast(1 + r.nextInt(40), WindowUnit.DAYS),
            r -> Segments.field("createdAt").withinLast(1, WindowUnit.HOURS),
            r -> Segments.hasActivity(pick(r, TYPES)),
            r ->
                Segments.hasActivityWithin(
                    pick(r, "order", "visit"), 1 + r.nextInt(30), WindowUnit.DAYS));
    return conditions.get(random.nextInt(conditions.size())).apply(random);
  }

  private static String pick(Random random, String... values) {
    return values[random.nextInt(values.length)];
  }
}
