package io.crmkit.jpa;

import static io.crmkit.scoring.segment.Segments.engaged;
import static io.crmkit.scoring.segment.Segments.engagedWithin;
import static io.crmkit.scoring.segment.Segments.field;
import static io.crmkit.scoring.segment.Segments.hasActivity;
import static io.crmkit.scoring.segment.Segments.hasActivityWithin;
import static io.crmkit.scoring.segment.Segments.hasTag;
import static io.crmkit.scoring.segment.Segments.inSegment;
import static io.crmkit.scoring.segment.Segments.not;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.NotFoundException;
import io.crmkit.core.PageRequest;
import io.crmkit.core.ValidationException;
import io.crmkit.core.campaign.Campaign;
import io.crmkit.core.campaign.EngagementKind;
import io.crmkit.core.campaign.ProviderEvent;
import io.crmkit.core.company.Company;
import io.crmkit.core.company.CompanyDetails;
import io.crmkit.core.contact.CompanyLink;
import io.crmkit.core.contact.Contact;
import io.crmkit.core.contact.ContactDetails;
import io.crmkit.core.contact.ContactId;
import io.crmkit.core.contactpoint.PostalAddress;
import io.crmkit.core.customfield.CustomFieldValue;
import io.crmkit.core.fixtures.CampaignFixtures;
import io.crmkit.core.money.Money;
import io.crmkit.core.timeline.ActivityDetails;
import io.crmkit.core.timeline.ActivityEntry;
import io.crmkit.scoring.audience.SegmentDefinition;
import io.crmkit.scoring.segment.CampaignEngagement;
import io.crmkit.scoring.segment.Literal;
import io.crmkit.scoring.segment.RelativeWindow;
import io.crmkit.scoring.segment.SegmentExpression;
import io.crmkit.scoring.segment.WindowUnit;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Each operator of the segment language in the database, on H2 always and on PostgreSQL and MariaDB
 * when they are configured, checked against the contacts it must select and against the in-memory
 * evaluation of the same contacts.
 */
@ExtendWith(ProviderLimits.class)
class JpaSegmentQueryTests {

  @Nested
  class OnH2 extends Cases {
    @Override
    TestDatabase database() {
      return TestDatabase.H2;
    }
  }

  @Nested
  class OnPostgreSql extends Cases {
    @Override
    TestDatabase database() {
      return TestDatabase.POSTGRESQL;
    }
  }

  @Nested
  class OnMariaDb extends Cases {
    @Override
    TestDatabase database() {
      return TestDatabase.MARIADB;
    }
  }

  abstract static class Cases {
    abstract TestDatabase database();

    private SegmentWorld world;
    private Contact ana;
    private Contact ben;
    private Contact cara;

    @BeforeEach
    void createContacts() {
      world = new SegmentWorld(database());
      Company acme =
          world
              .crm
              .companies()
              .create(CompanyDetails.builder().name("Acme").domain("acme.com").build());
      Company beta = world.crm.companies().create(CompanyDetails.builder().name("Beta").build());
      Instant now = world.clock.instant();
      ana =
          world
              .crm
              .contacts()
              .create(
                  ContactDetails.builder()
                      .name("Ana", "Lima")
                      .email("ana@example.com")
                      .jobTitle("VP Sales")
                      .address(PostalAddress.builder().city("Berlin").country("DE").build())
                      .tag("vip")
                      .customField("size", CustomFieldValue.Number.of(120))
                      .customField("budget", CustomFieldValue.Decimal.of(new BigDecimal("1000.50")))
                      .customField("vip", CustomFieldValue.Bool.of(true))
                      .customField("renewal", CustomFieldValue.Date.of(LocalDate.of(2026, 2, 20)))
                      .customField(
                          "login", CustomFieldValue.DateTime.of(now.minus(Duration.ofHours(2))))
                      .customField("tier", CustomFieldValue.Choice.of("gold"))
                      .customField("interests", CustomFieldValue.Choices.of("crm", "ai"))
                      .company(CompanyLink.primary(acme.id(), "buyer"))
                      .build());
      ben =
          world
              .crm
              .contacts()
              .create(
                  ContactDetails.builder()
                      .name("Ben", null)
                      .address(PostalAddress.builder().postalCode("1010").country("AT").build())
                      .customField("size", CustomFieldValue.Number.of(10))
                      .customField("interests", CustomFieldValue.Choices.of("erp"))
                      .build());
      cara =
          world
              .crm
              .contacts()
              .create(
                  ContactDetails.builder()
                      .name(null, "O'Brien; --")
                      .jobTitle("CTO")
                      .customField("note", CustomFieldValue.Text.of("50% off_now"))
                      .company(CompanyLink.primary(beta.id(), "user"))
                      .build());
      Contact archived =
          world
              .crm
              .contacts()
              .create(
                  ContactDetails.builder().name("Dan", "Gone").jobTitle("CTO").tag("vip").build());
      world.crm.contacts().archive(archived.id(), archived.version());

      log(ana, new ActivityDetails.Note(), now.minus(Duration.ofDays(5)));
      order(ana, "100.00", "EUR", now.minus(Duration.ofDays(10)));
      order(ana, "50.25", "EUR", now.minus(Duration.ofDays(3)));
      log(ben, new ActivityDetails.Other("email_click", Map.of()), now.minus(Duration.ofDays(40)));
      order(cara, "10", "EUR", now.minus(Duration.ofDays(1)));
      order(cara, "20", "USD", now.minus(Duration.ofDays(2)));
    }

    @Test
    void comparesCoreTextColumnsAndTreatsBlankAsMissing() {
      assertSelects(field("givenName").equalTo("Ana"), ana);
      assertSelects(field("givenName").notEqualTo("Ana"), ben);
      assertSelects(not(field("jobTitle").equalTo("CTO")), ana);
      assertSelects(field("email").in("ana@example.com", "x@example.com"), ana);
      assertSelects(field("email").notIn("x@example.com"), ana);
      assertSelects(field("jobTitle").isEmpty(), ben);
      assertSelects(field("familyName").isNotEmpty(), ana, cara);
      assertSelects(field("lifecycleStage").notIn("CUSTOMER"), ana, ben, cara);
    }

    @Test
    void matchesTextCaseSensitivelyWithWildcardsAsPlainCharacters() {
      assertSelects(field("jobTitle").contains("Sales"), ana);
      assertSelects(field("jobTitle").contains("sales"));
      assertSelects(field("jobTitle").startsWith("VP"), ana);
      assertSelects(field("custom.note").contains("% off_"), cara);
      assertSelects(field("custom.note").contains("0_off"));
      assertSelects(field("givenName").startsWith("%"));
    }

    @Test
    void comparesTextsExactlyWithTrailingSpacesSignificant() {
      // MariaDB's utf8mb4_bin pads with spaces: there 'Ana' = 'Ana ' unless the query says
      // otherwise
      assertSelects(field("givenName").equalTo("Ana "));
      assertSelects(field("givenName").notEqualTo("Ana "), ana, ben);
      assertSelects(field("country").in("DE ", "AT "));
      assertSelects(field("custom.note").equalTo("50% off_now "));
      assertSelects(field("custom.interests").contains("ai "));
      assertSelects(field("company.name").equalTo("Acme "));
      assertSelects(hasTag("vip "));
      assertSelects(hasActivity("email_click "));
      assertSelects(hasActivityWithin("order ", 30, WindowUnit.DAYS));
    }

    @Test
    void comparesStoredValuesOfAddressesAndCustomFields() {
      assertSelects(field("country").equalTo("DE"), ana);
      assertSelects(field("city").isEmpty(), ben, cara);
      assertSelects(field("custom.size").greaterThan(50), ana);
      assertSelects(field("custom.size").between(10, 120), ana, ben);
      assertSelects(not(field("custom.size").atMost(10)), ana);
      assertSelects(field("custom.budget").atLeast(Literal.of(new BigDecimal("1000.5"))), ana);
      assertSelects(field("custom.vip").equalTo(true), ana);
      assertSelects(field("custom.vip").notEqualTo(Literal.of(true)));
      assertSelects(field("custom.renewal").lessThan(Literal.of(LocalDate.of(2026, 3, 1))), ana);
      assertSelects(field("custom.renewal").withinLast(30, WindowUnit.DAYS), ana);
      assertSelects(field("custom.login").withinLast(3, WindowUnit.HOURS), ana);
      assertSelects(field("custom.tier").in("gold", "silver"), ana);
    }

    @Test
    void treatsMultiValuedFieldsAsSets() {
      assertSelects(field("custom.interests").contains("ai"), ana);
      assertSelects(field("custom.interests").in("crm", "erp"), ana, ben);
      assertSelects(field("custom.interests").notIn("crm"), ben);
      assertSelects(not(field("custom.interests").notIn("crm")), ana);
      assertSelects(field("custom.interests").isEmpty(), cara);
    }

    @Test
    void readsThePrimaryCompany() {
      assertSelects(field("company.name").equalTo("Acme"), ana);
      assertSelects(field("company.domain").isEmpty(), ben, cara);
      assertSelects(field("company.domain").notEqualTo("acme.com"));
    }

    @Test
    void computesTimelineFieldsWithSubqueries() {
      assertSelects(field("activityCount").atLeast(2), ana, cara);
      assertSelects(field("orderCount").equalTo(0), ben);
      assertSelects(field("lastActivityAt").withinLast(7, WindowUnit.DAYS), ana, cara);
      assertSelects(field("lastActivityAt").isEmpty());
      assertSelects(field("orderValue").greaterThan(Literal.of(new BigDecimal("150"))), ana);
      assertSelects(field("orderValue").equalTo(Literal.of(BigDecimal.ZERO)), ben);
      // mixed currencies have no value: neither a comparison nor its negation selects cara
      assertSelects(not(field("orderValue").greaterThan(Literal.of(new BigDecimal("150")))), ben);
      assertSelects(field("orderValue").isEmpty(), cara);
    }

    @Test
    void startsWindowsThatReachBeforeTheYearOneWhereEveryDatabaseCanCompare() {
      long longest = RelativeWindow.MAX_AMOUNT;
      assertSelects(field("createdAt").withinLast(longest, WindowUnit.MONTHS), ana, ben, cara);
      assertSelects(field("custom.renewal").withinLast(longest, WindowUnit.MONTHS), ana);
      assertSelects(hasActivityWithin("order", longest, WindowUnit.MONTHS), ana, cara);
    }

    @Test
    void findsTagsAndActivities() {
      assertSelects(hasTag("vip"), ana);
      assertSelects(not(hasTag("vip")), ben, cara);
      assertSelects(hasActivity("email_click"), ben);
      assertSelects(hasActivityWithin("order", 2, WindowUnit.DAYS), cara);
      assertSelects(not(hasActivityWithin("email_click", 30, WindowUnit.DAYS)), ana, ben, cara);
    }

    @Test
    void findsCampaignEngagementOnTheRecipientRowsOfTheNamedCampaign() {
      Instant now = world.clock.instant();
      Campaign spring =
          world.crm.campaigns().create(CampaignFixtures.aCampaign().named("Spring sale").details());
      world
          .storage
          .recipients()
          .insertAll(
              List.of(
                  CampaignFixtures.aRecipientOf(spring, ana.id(), now)
                      .claim(now)
                      .sent("ana@example.com", "p-ana", now),
                  CampaignFixtures.aRecipientOf(spring, ben.id(), now)
                      .claim(now)
                      .sent("ben@example.com", "p-ben", now)));
      world
          .crm
          .campaigns()
          .record(ProviderEvent.of("p-ana", EngagementKind.OPENED, now.minus(Duration.ofDays(20))));
      world
          .crm
          .campaigns()
          .record(
              ProviderEvent.of("p-ben", EngagementKind.DELIVERED, now.minus(Duration.ofDays(1))));

      assertSelects(engaged(CampaignEngagement.OPENED, "Spring sale"), ana);
      assertSelects(engagedWithin(CampaignEngagement.OPENED, "Spring sale", 14, WindowUnit.DAYS));
      assertSelects(engaged(CampaignEngagement.RECEIVED, "Spring sale"), ana, ben);
      assertSelects(
          not(engagedWithin(CampaignEngagement.RECEIVED, "Spring sale", 7, WindowUnit.DAYS)),
          ana,
          cara);
      assertSelects(engaged(CampaignEngagement.CLICKED, "Spring sale"));
      // names are exact, and a name no campaign has selects nobody
      assertSelects(engaged(CampaignEngagement.OPENED, "Spring sale "));
      assertSelects(engaged(CampaignEngagement.OPENED, "spring sale"));
    }

    @Test
    void followsThreeValuedLogicThroughConnectives() {
      assertSelects(
          field("jobTitle").equalTo("CTO").or(field("custom.size").lessThan(50)), ben, cara);
      assertSelects(
          not(field("jobTitle").equalTo("CTO").and(field("custom.size").lessThan(50))), ana);
      assertSelects(not(field("city").equalTo("Berlin").or(hasTag("vip"))));
      assertSelects(not(field("country").equalTo("DE").or(hasTag("vip"))), ben);
    }

    @Test
    void resolvesOtherSegmentsAndStaticLists() {
      world.inMemory.define("buyers", "orderCount >= 1");
      world.lists.create("picked");
      world.lists.addMembers("picked", java.util.List.of(ben.id()));

      assertSelects(inSegment("buyers"), ana, cara);
      assertSelects(not(inSegment("buyers")), ben);
      assertSelects(inSegment("picked").or(field("givenName").equalTo("Ana")), ana, ben);
      assertThatThrownBy(() -> world.inDatabase(inSegment("nobody")))
          .isInstanceOf(NotFoundException.class)
          .hasMessageContaining("nobody");
    }

    @Test
    void negatesMembershipOfASegmentWhoseConditionIsUnknownForAContact() {
      // ben has no job title: "jobTitle = CTO" is unknown for him, so he is no member of "ctos",
      // and "not in segment" is the complement of the members
      world.inMemory.define("ctos", "jobTitle = \"CTO\"");
      world.inMemory.define("not ctos", "not (in segment \"ctos\")");

      assertSelects(inSegment("ctos"), cara);
      assertSelects(not(inSegment("ctos")), ana, ben);
      assertSelects(not(inSegment("not ctos")), cara);
      assertSelects(not(inSegment("ctos").or(field("custom.size").lessThan(50))), ana);
    }

    @Test
    void negatesMembershipOfASegmentOnATimelineFieldThatAContactLacks() {
      Contact dora =
          world.crm.contacts().create(ContactDetails.builder().name("Dora", "Quiet").build());
      world.inMemory.define("recent", "lastActivityAt within last 7 days");

      assertSelects(inSegment("recent"), ana, cara);
      assertSelects(not(inSegment("recent")), ben, dora);
    }

    @Test
    void refusesAThousandChainedSegmentsWithoutOverflowingTheStack() {
      // written to the repository directly: translating them used to overflow inside Hibernate
      world.segments.saveDefinition(
          SegmentWorld.TENANT, SegmentDefinition.of("s0", "has tag \"vip\""));
      for (int i = 1; i < 1_000; i++) {
        world.segments.saveDefinition(
            SegmentWorld.TENANT, SegmentDefinition.of("s" + i, "in segment \"s" + (i - 1) + "\""));
      }

      assertThatThrownBy(() -> world.inDatabase(inSegment("s999")))
          .isInstanceOf(ValidationException.class)
          .hasMessageContaining("more than the limit of 10: s999 -> s998 -> ");
      assertThatThrownBy(() -> world.inMemory(inSegment("s999")))
          .isInstanceOf(ValidationException.class)
          .hasMessageContaining("more than the limit of 10: s999 -> s998 -> ");
      assertSelects(inSegment("s9"), ana);
    }

    @Test
    void translatesExpressionsAtTheLimits() {
      // 200 levels of parentheses, 400 levels of 'and' and 'or'
      SegmentExpression deepest = field("custom.size").greaterThan(100);
      for (int i = 0; i <= SegmentExpression.MAX_DEPTH; i++) {
        deepest = field("custom.size").lessThan(-i).or(hasTag("vip").and(deepest));
      }
      assertSelects(deepest, ana);

      // 150 'not's inside a reference under 49 more: 200 levels written out
      world.inMemory.define("deep", "not ".repeat(150) + "has tag \"vip\"");
      SegmentExpression negated = inSegment("deep");
      for (int i = 0; i < 49; i++) {
        negated = not(negated);
      }
      assertSelects(negated, ben, cara);

      // 2,000 nodes: an 'or' of 999 comparisons and a tag
      SegmentExpression largest = hasTag("vip");
      for (int i = 0; i < 999; i++) {
        largest = largest.or(field("custom.size").equalTo(1_000 + i));
      }
      assertSelects(largest, ana);
    }

    @Test
    void refusesScoresWhichTheDatabaseDoesNotHold() {
      assertThatThrownBy(() -> world.inDatabase(field("score").greaterThan(10)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("'score'");
    }

    @Test
    void rejectsAnExpressionThatDoesNotFitTheSchema() {
      assertThatThrownBy(() -> world.inDatabase(field("custom.size").equalTo("ten")))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("ten");
    }

    @Test
    void bindsEveryValueAsAParameterSoHostileTextIsJustAValue() {
      String hostile = "O'Brien; --";
      StatementCounter.reset();

      assertSelects(field("familyName").equalTo(hostile), cara);
      assertSelects(field("jobTitle").equalTo("x' or '1'='1"));
      assertSelects(hasTag("vip'); delete from crm_contact; --"));

      assertThat(StatementCounter.statements())
          .isNotEmpty()
          .noneMatch(
              sql -> sql.contains("Brien") || sql.contains("'1'='1") || sql.contains("delete"));
      assertThat(world.crm.contacts().count()).isEqualTo(4);
    }

    @Test
    void pagesByIdWithACursor() {
      SegmentExpression everyone = field("owner").isNotEmpty();
      var first =
          world.inDatabase.members(
              SegmentWorld.TENANT,
              world.inMemory.schema(),
              everyone,
              world.clock,
              PageRequest.first(2));
      var second =
          world.inDatabase.members(
              SegmentWorld.TENANT,
              world.inMemory.schema(),
              everyone,
              world.clock,
              PageRequest.after(first.next(), 2));

      assertThat(first.items()).hasSize(2);
      assertThat(second.items()).hasSize(1);
      assertThat(second.next()).isNull();
      assertThat(Set.copyOf(concat(first.items(), second.items())))
          .containsExactlyInAnyOrder(ana.id(), ben.id(), cara.id());
    }

    private static java.util.List<ContactId> concat(
        java.util.List<ContactId> first, java.util.List<ContactId> second) {
      java.util.List<ContactId> all = new java.util.ArrayList<>(first);
      all.addAll(second);
      return all;
    }

    private void assertSelects(SegmentExpression expression, Contact... expected) {
      Set<ContactId> wanted = Arrays.stream(expected).map(Contact::id).collect(Collectors.toSet());
      assertThat(world.inMemory(expression)).as("in memory: %s", expression).isEqualTo(wanted);
      assertThat(world.inDatabase(expression))
          .as("in the database: %s", expression)
          .isEqualTo(wanted);
    }

    private void log(Contact contact, ActivityDetails details, Instant at) {
      world.crm.timeline().log(ActivityEntry.of(details).at(at).about(contact.id()));
    }

    private void order(Contact contact, String amount, String currency, Instant at) {
      log(
          contact,
          new ActivityDetails.Order("o-" + at.toEpochMilli(), Money.of(amount, currency)),
          at);
    }
  }
}
