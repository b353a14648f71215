package io.crmkit.scoring.audience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.Crm;
import io.crmkit.core.DuplicateException;
import io.crmkit.core.NotFoundException;
import io.crmkit.core.RecordType;
import io.crmkit.core.TenantId;
import io.crmkit.core.UserId;
import io.crmkit.core.ValidationException;
import io.crmkit.core.campaign.Campaign;
import io.crmkit.core.campaign.EngagementKind;
import io.crmkit.core.campaign.ProviderEvent;
import io.crmkit.core.campaign.Recipient;
import io.crmkit.core.company.Company;
import io.crmkit.core.company.CompanyDetails;
import io.crmkit.core.contact.CompanyLink;
import io.crmkit.core.contact.Contact;
import io.crmkit.core.contact.ContactDetails;
import io.crmkit.core.contact.ContactId;
import io.crmkit.core.customfield.CustomFieldDefinition;
import io.crmkit.core.customfield.CustomFieldValue;
import io.crmkit.core.fixtures.CampaignFixtures;
import io.crmkit.core.fixtures.RecordingPublisher;
import io.crmkit.core.fixtures.TestClock;
import io.crmkit.core.memory.InMemoryCrmStorage;
import io.crmkit.core.money.Money;
import io.crmkit.core.timeline.ActivityDetails;
import io.crmkit.core.timeline.ActivityEntry;
import io.crmkit.core.timeline.CallOutcome;
import io.crmkit.core.timeline.Direction;
import io.crmkit.scoring.CrmAnalytics;
import io.crmkit.scoring.audience.SegmentEvent.ContactEnteredSegment;
import io.crmkit.scoring.audience.SegmentEvent.ContactLeftSegment;
import io.crmkit.scoring.internal.ScoringPorts;
import io.crmkit.scoring.rfm.CustomerRfm;
import io.crmkit.scoring.rfm.RfmAnalysis;
import io.crmkit.scoring.rfm.RfmScore;
import io.crmkit.scoring.segment.MembershipDiff;
import io.crmkit.scoring.segment.SegmentParseException;
import io.crmkit.scoring.spi.SegmentRepository;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SegmentServiceTests {

  private static final TenantId TENANT = TenantId.of("acme");

  private final TestClock clock = TestClock.atStart();
  private final RecordingPublisher published = new RecordingPublisher();
  private Crm crm;
  private SegmentService segments;
  private StaticListService lists;
  private SegmentRepository repository;

  @BeforeEach
  void openCrm() {
    crm =
        Crm.builder()
            .clock(clock)
            .tenant(TENANT)
            .actor(UserId.of("olivia"))
            .eventPublisher(published)
            .build();
    segments = CrmAnalytics.on(crm).segments();
    lists = CrmAnalytics.on(crm).lists();
    repository = crm.moduleContext().port(ScoringPorts.SEGMENTS);
  }

  private Contact contact(String given, UnaryOperator<ContactDetails.Builder> details) {
    return crm.contacts()
        .create(details.apply(ContactDetails.builder().name(given, "Test")).build());
  }

  private void order(Contact contact, String total, Instant at) {
    crm.timeline()
        .log(
            ActivityEntry.of(
                    new ActivityDetails.Order("o-" + at.toEpochMilli(), Money.of(total, "EUR")))
                .about(contact.id())
                .at(at));
  }

  private void call(Contact contact, Instant at) {
    crm.timeline()
        .log(
            ActivityEntry.of(
                    new ActivityDetails.Call(
                        Direction.OUTBOUND, CallOutcome.values()[0], Duration.ofMinutes(5)))
                .about(contact.id())
                .at(at));
  }

  @Test
  void evaluatesASegmentOverEveryContactOfTheTenant() {
    Contact ana = contact("Ana", d -> d.tag("vip"));
    Contact bea = contact("Bea", d -> d.tag("vip"));
    contact("Cid", d -> d);
    order(ana, "120.00", clock.instant().minus(Duration.ofDays(2)));
    order(ana, "30.00", clock.instant().minus(Duration.ofDays(1)));
    order(bea, "10.00", clock.instant().minus(Duration.ofDays(1)));
    segments.define("big vips", "has tag \"vip\" and orderValue > 100");

    assertThat(segments.evaluate("big vips")).containsExactly(ana.id());
  }

  @Test
  void countsActivityWindowsBackFromTheCrmClock() {
    Contact recent = contact("Ana", d -> d);
    Contact old = contact("Bea", d -> d);
    call(recent, clock.instant().minus(Duration.ofDays(3)));
    call(old, clock.instant().minus(Duration.ofDays(10)));
    segments.define("called", "has activity \"call\" within last 7 days");

    assertThat(segments.evaluate("called")).containsExactly(recent.id());

    clock.advance(Duration.ofDays(5));
    assertThat(segments.evaluate("called")).isEmpty();
  }

  @Test
  void filtersOnTheTenantsCustomFieldsAndThePrimaryCompany() {
    crm.customFields().define(CustomFieldDefinition.number(RecordType.CONTACT, "seats", "Seats"));
    Company acme =
        crm.companies().create(CompanyDetails.builder().name("Acme").domain("acme.com").build());
    Contact ana =
        contact(
            "Ana",
            d ->
                d.customField("seats", CustomFieldValue.Number.of(50))
                    .company(CompanyLink.primary(acme.id(), "buyer")));
    contact("Bea", d -> d.customField("seats", CustomFieldValue.Number.of(50)));
    contact(
        "Cid",
        d ->
            d.customField("seats", CustomFieldValue.Number.of(5))
                .company(CompanyLink.primary(acme.id(), "buyer")));
    segments.define("big acme", "custom.seats >= 10 and company.domain = \"acme.com\"");

    assertThat(segments.evaluate("big acme")).containsExactly(ana.id());
  }

  @Test
  void leavesArchivedContactsOut() {
    Contact ana = contact("Ana", d -> d.tag("vip"));
    Contact bea = contact("Bea", d -> d.tag("vip"));
    crm.contacts().archive(bea.id(), bea.version());
    segments.define("vips", "has tag \"vip\"");

    assertThat(segments.evaluate("vips")).containsExactly(ana.id());
  }

  @Test
  void storesTheCanonicalText() {
    SegmentDefinition stored = segments.define("vips", "HAS TAG \"vip\"   AND country = \"DE\"");

    assertThat(stored.text()).isEqualTo("has tag \"vip\" and country = \"DE\"");
    assertThat(segments.find("vips")).contains(stored);
    assertThat(segments.list()).containsExactly(stored);
  }

  @Test
  void rejectsTextThatDoesNotParseNamingTheSegment() {
    assertThatThrownBy(() -> segments.define("germans", "country = "))
        .isInstanceOf(ValidationException.class)
        .hasMessage(
            "invalid segment 'germans': text 'country = ': line 1, column 11: expected a value"
                + " after '=', found end of input");
    assertThat(segments.list()).isEmpty();
  }

  @Test
  void suggestsTheCustomFieldOfAFieldNamedWithoutItsPrefix() {
    crm.customFields()
        .define(
            CustomFieldDefinition.singleSelect(
                RecordType.CONTACT, "tier", "Tier", List.of("gold", "silver")));

    assertThatThrownBy(() -> segments.define("gold", "tier = \"gold\""))
        .isInstanceOf(ValidationException.class)
        .hasMessageEndingWith("found unknown field 'tier' (did you mean 'custom.tier'?)");
  }

  @Test
  void rejectsAnUnknownFieldNamingTheSegment() {
    assertThatThrownBy(() -> segments.define("tall", "shoeSize > 45"))
        .isInstanceOf(ValidationException.class)
        .hasMessageStartingWith("invalid segment 'tall': text 'shoeSize > 45': line 1, column 1:")
        .hasMessageContaining("unknown field 'shoeSize'");
  }

  @Test
  void rejectsATagNotInItsNormalForm() {
    assertThatThrownBy(() -> segments.define("vips", "has tag \"VIP\""))
        .isInstanceOf(ValidationException.class)
        .hasMessage(
            "invalid segment 'vips': text 'VIP': tags are compared in their normal form: write"
                + " 'vip'");
  }

  @Test
  void rejectsAReferenceToASegmentThatDoesNotExist() {
    assertThatThrownBy(() -> segments.define("a", "in segment \"b\" or in segment \"c\""))
        .isInstanceOf(ValidationException.class)
        .hasMessage(
            "invalid segment 'a': text 'b': no segment or list has this name; text 'c': no segment"
                + " or list has this name");
  }

  @Test
  void rejectsACampaignThatDoesNotExistNamingIt() {
    assertThatThrownBy(() -> segments.define("openers", "opened campaign \"Spring sale\""))
        .isInstanceOf(ValidationException.class)
        .hasMessage("invalid segment 'openers': text 'Spring sale': no campaign has this name");
    assertThat(segments.find("openers")).isEmpty();
  }

  @Test
  void selectsContactsByWhatTheyDidWithACampaignsMessage() {
    InMemoryCrmStorage storage = InMemoryCrmStorage.create();
    Crm marketing =
        Crm.builder()
            .storage(storage)
            .clock(clock)
            .tenant(TENANT)
            .actor(UserId.of("olivia"))
            .build();
    SegmentService marketingSegments = CrmAnalytics.on(marketing).segments();
    Campaign spring =
        marketing.campaigns().create(CampaignFixtures.aCampaign().named("Spring sale").details());
    List<ContactId> people = new ArrayList<>();
    List<Recipient> sent = new ArrayList<>();
    for (String name : List.of("Ana", "Bea", "Cid", "Dan")) {
      ContactId person =
          marketing.contacts().create(ContactDetails.builder().name(name, "Test").build()).id();
      people.add(person);
      sent.add(
          CampaignFixtures.aRecipientOf(spring, person, clock.instant())
              .claim(clock.instant())
              .sent(name.toLowerCase() + "@example.com", "p-" + name, clock.instant()));
    }
    storage.recipients().insertAll(sent.subList(0, 3));
    Instant now = clock.instant();
    marketing
        .campaigns()
        .record(ProviderEvent.of("p-Ana", EngagementKind.OPENED, now.minus(Duration.ofDays(40))));
    marketing
        .campaigns()
        .record(ProviderEvent.of("p-Bea", EngagementKind.DELIVERED, now.minus(Duration.ofDays(2))));
    marketing
        .campaigns()
        .record(
            ProviderEvent.click(
                "p-Bea", "https://acme.example/sale", now.minus(Duration.ofDays(1))));
    marketing.campaigns().record(ProviderEvent.of("p-Cid", EngagementKind.HARD_BOUNCE, now));

    marketingSegments.define("openers", "opened campaign \"Spring sale\"");
    marketingSegments.define(
        "recent clickers", "clicked campaign \"Spring sale\" within last 7 days");
    marketingSegments.define("got it", "received campaign \"Spring sale\"");
    marketingSegments.define(
        "missed it", "not received campaign \"Spring sale\" within last 30 days");

    assertThat(marketingSegments.evaluate("openers")).containsExactly(people.get(0));
    assertThat(marketingSegments.evaluate("recent clickers")).containsExactly(people.get(1));
    assertThat(marketingSegments.evaluate("got it"))
        .containsExactlyInAnyOrder(people.get(0), people.get(1));
    assertThat(marketingSegments.evaluate("missed it"))
        .containsExactlyInAnyOrder(people.get(0), people.get(2), people.get(3));
  }

  @Test
  void rejectsASegmentThatRefersToItself() {
    assertThatThrownBy(() -> segments.define("a", "has tag \"x\" or in segment \"a\""))
        .isInstanceOfSatisfying(
            SegmentCycleException.class, e -> assertThat(e.cycle()).containsExactly("a", "a"))
        .hasMessage("segments refer to each other in a cycle: a -> a");
  }

  @Test
  void rejectsARedefinitionThatClosesALoop() {
    segments.define("c", "has tag \"x\"");
    segments.define("b", "in segment \"c\"");
    segments.define("a", "in segment \"b\"");

    assertThatThrownBy(() -> segments.define("c", "in segment \"a\""))
        .isInstanceOf(SegmentCycleException.class)
        .hasMessage("segments refer to each other in a cycle: c -> a -> b -> c");
    assertThat(segments.find("c").orElseThrow().text()).isEqualTo("has tag \"x\"");
  }

  @Test
  void resolvesInSegmentThroughSegmentsAndLists() {
    Contact ana = contact("Ana", d -> d.tag("vip"));
    Contact bea = contact("Bea", d -> d);
    Contact cid = contact("Cid", d -> d.tag("vip"));
    lists.create("blocked");
    lists.addMembers("blocked", List.of(cid.id()));
    segments.define("vips", "has tag \"vip\"");
    segments.define("reachable vips", "in segment \"vips\" and not in segment \"blocked\"");

    assertThat(segments.evaluate("reachable vips")).containsExactly(ana.id());
    assertThat(segments.evaluate("blocked")).containsExactly(cid.id());
    assertThat(bea.id()).isNotIn(segments.evaluate("vips"));
  }

  @Test
  void reevaluationPublishesWhoEnteredAndWhoLeft() {
    Contact ana = contact("Ana", d -> d.tag("vip"));
    Contact bea = contact("Bea", d -> d.tag("vip"));
    segments.define("vips", "has tag \"vip\"");

    MembershipDiff<ContactId> first = segments.reevaluate("vips");

    assertThat(first.entered()).containsExactly(ana.id(), bea.id());
    assertThat(first.left()).isEmpty();
    Instant firstAt = clock.instant();
    assertThat(published.eventsOf(SegmentEvent.class))
        .containsExactly(
            new ContactEnteredSegment(TENANT, "vips", ana.id(), firstAt),
            new ContactEnteredSegment(TENANT, "vips", bea.id(), firstAt));

    clock.advance(Duration.ofHours(1));
    crm.contacts().update(ana.id(), ana.version(), d -> d.untag("vip"));
    Contact cid = contact("Cid", d -> d.tag("vip"));
    MembershipDiff<ContactId> second = segments.reevaluate("vips");

    assertThat(second.entered()).containsExactly(cid.id());
    assertThat(second.left()).containsExactly(ana.id());
    assertThat(published.batchesOf(SegmentEvent.class)).hasSize(2);
    assertThat(published.batchesOf(SegmentEvent.class).get(1))
        .containsExactly(
            new ContactEnteredSegment(TENANT, "vips", cid.id(), clock.instant()),
            new ContactLeftSegment(TENANT, "vips", ana.id(), clock.instant()));
    assertThat(published.eventsOf(SegmentEvent.class).get(0).aggregateId()).isEqualTo("vips");
  }

  @Test
  void reevaluationWithoutChangePublishesNothing() {
    contact("Ana", d -> d.tag("vip"));
    segments.define("vips", "has tag \"vip\"");
    segments.reevaluate("vips");

    MembershipDiff<ContactId> again = segments.reevaluate("vips");

    assertThat(again.isEmpty()).isTrue();
    assertThat(published.batchesOf(SegmentEvent.class)).hasSize(1);
  }

  @Test
  void reevaluatesEverySegmentAtOnce() {
    Contact ana = contact("Ana", d -> d.tag("vip"));
    Contact bea = contact("Bea", d -> d.jobTitle("CTO"));
    segments.define("vips", "has tag \"vip\"");
    segments.define("ctos", "jobTitle = \"CTO\"");

    Map<String, MembershipDiff<ContactId>> changes = segments.reevaluateAll();

    assertThat(changes).containsOnlyKeys("ctos", "vips");
    assertThat(changes.get("vips").entered()).containsExactly(ana.id());
    assertThat(changes.get("ctos").entered()).containsExactly(bea.id());
  }

  @Test
  void editingAListPublishesOnlyRealChanges() {
    Contact ana = contact("Ana", d -> d);
    Contact bea = contact("Bea", d -> d);
    lists.create("fair");

    lists.addMembers("fair", List.of(ana.id(), bea.id()));
    lists.addMembers("fair", List.of(ana.id()));
    lists.removeMembers("fair", List.of(ana.id(), ana.id()));

    assertThat(lists.get("fair").members()).containsExactly(bea.id());
    Instant now = clock.instant();
    assertThat(published.eventsOf(SegmentEvent.class))
        .containsExactly(
            new ContactEnteredSegment(TENANT, "fair", ana.id(), now),
            new ContactEnteredSegment(TENANT, "fair", bea.id(), now),
            new ContactLeftSegment(TENANT, "fair", ana.id(), now));
  }

  @Test
  void refusesToAddAContactThatDoesNotExist() {
    lists.create("fair");
    ContactId ghost = ContactId.parse("018f0000-0000-7000-8000-000000000000");

    assertThatThrownBy(() -> lists.addMembers("fair", List.of(ghost)))
        .isInstanceOf(NotFoundException.class)
        .hasMessage("contact " + ghost + " not found");
    assertThat(lists.get("fair").members()).isEmpty();
  }

  @Test
  void keepsSegmentAndListNamesApart() {
    segments.define("vips", "has tag \"vip\"");
    lists.create("fair");

    assertThatThrownBy(() -> lists.create("vips"))
        .isInstanceOf(DuplicateException.class)
        .hasMessage("list name 'vips' is already taken by dynamic segment 'vips'");
    assertThatThrownBy(() -> lists.create("fair"))
        .isInstanceOf(DuplicateException.class)
        .hasMessage("list name 'fair' is already taken by static list 'fair'");
    assertThatThrownBy(() -> segments.define("fair", "has tag \"x\""))
        .isInstanceOf(DuplicateException.class)
        .hasMessage("segment name 'fair' is already taken by static list 'fair'");
  }

  @Test
  void refusesToRemoveASegmentOrListThatAnotherUses() {
    lists.create("blocked");
    segments.define("vips", "has tag \"vip\"");
    segments.define("reachable", "in segment \"vips\" and not in segment \"blocked\"");

    assertThatThrownBy(() -> segments.remove("vips"))
        .isInstanceOf(ValidationException.class)
        .hasMessage("invalid segment 'vips': name 'vips': is used by reachable");
    assertThatThrownBy(() -> lists.remove("blocked"))
        .isInstanceOf(ValidationException.class)
        .hasMessage("invalid segment 'blocked': name 'blocked': is used by reachable");

    assertThat(segments.remove("reachable")).isTrue();
    assertThat(segments.remove("vips")).isTrue();
    assertThat(lists.remove("blocked")).isTrue();
    assertThat(segments.remove("vips")).isFalse();
  }

  @Test
  void reportsTheSizeOfEverySegmentAndList() {
    Contact ana = contact("Ana", d -> d.tag("vip"));
    contact("Bea", d -> d.tag("vip"));
    contact("Cid", d -> d);
    segments.define("vips", "has tag \"vip\"");
    segments.define("all", "createdAt <= \"2100-01-01T00:00:00Z\"");
    lists.create("fair");
    lists.addMembers("fair", List.of(ana.id()));

    assertThat(segments.sizes())
        .containsExactly(Map.entry("all", 3), Map.entry("vips", 2), Map.entry("fair", 1));
  }

  @Test
  void previewsATextWithoutDefiningIt() {
    Contact ana = contact("Ana", d -> d.jobTitle("CTO"));
    contact("Bea", d -> d);

    assertThat(segments.preview("jobTitle starts with \"CT\"")).containsExactly(ana.id());
    assertThat(segments.list()).isEmpty();
    assertThatThrownBy(() -> segments.preview("jobTitle >"))
        .isInstanceOf(SegmentParseException.class);
  }

  @Test
  void refusesToEvaluateAnUnknownSegment() {
    assertThatThrownBy(() -> segments.evaluate("nobody"))
        .isInstanceOf(NotFoundException.class)
        .hasMessage("segment nobody not found");
    assertThatThrownBy(() -> segments.reevaluate("nobody"))
        .isInstanceOf(NotFoundException.class)
        .hasMessage("segment nobody not found");
  }

  @Test
  void keepsTenantsApart() {
    segments.define("vips", "has tag \"vip\"");
    Crm other = crm.forTenant(TenantId.of("globex"), UserId.of("olivia"));
    SegmentService theirs = CrmAnalytics.on(other).segments();
    other.contacts().create(ContactDetails.builder().name("Gus", "Globex").tag("vip").build());

    assertThat(theirs.list()).isEmpty();
    theirs.define("vips", "has tag \"vip\"");
    assertThat(theirs.evaluate("vips")).hasSize(1);
    assertThat(segments.evaluate("vips")).isEmpty();
  }

  @Test
  void rejectsBlankOrOverlongNames() {
    assertThatThrownBy(() -> segments.define(" ", "has tag \"x\""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("segment name must be 1 to 200 characters and not blank: ' '");
    assertThatThrownBy(() -> lists.create("x".repeat(201)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("segment name must be 1 to 200 characters and not blank:");
    assertThatThrownBy(() -> segments.define("empty", "  "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("segment 'empty' has a blank text");
    assertThatThrownBy(() -> segments.define(null, "has tag \"x\""))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("segment name");
  }

  @Test
  void answersTheSchemaOfTheTenant() {
    crm.customFields().define(CustomFieldDefinition.bool(RecordType.CONTACT, "vip", "VIP"));

    assertThat(segments.schema().field("custom.vip")).isPresent();
    assertThat(Set.copyOf(segments.schema().fields()))
        .containsAll(ContactSegmentSchema.standard().fields());
  }

  @Test
  void analysesRfmFromTheOrdersInOneCurrency() {
    Contact ana = contact("Ana", d -> d);
    Contact bea = contact("Bea", d -> d);
    contact("Cid", d -> d);
    order(ana, "10.00", clock.instant().minus(Duration.ofDays(1)));
    order(ana, "20.00", clock.instant().minus(Duration.ofDays(2)));
    order(bea, "5.00", clock.instant().minus(Duration.ofDays(30)));
    crm.timeline()
        .log(
            ActivityEntry.of(new ActivityDetails.Order("usd-1", Money.of("999.00", "USD")))
                .about(bea.id())
                .at(clock.instant().minus(Duration.ofDays(1))));

    RfmAnalysis<ContactId> rfm =
        CrmAnalytics.on(crm).rfm().analyse(java.util.Currency.getInstance("EUR"));

    assertThat(rfm.customers())
        .extracting(CustomerRfm::customer)
        .containsExactly(ana.id(), bea.id());
    CustomerRfm<ContactId> anas = rfm.customer(ana.id()).orElseThrow();
    assertThat(anas.purchases()).isEqualTo(2);
    assertThat(anas.spent()).isEqualByComparingTo("30.00");
    assertThat(anas.lastPurchase()).isEqualTo(clock.instant().minus(Duration.ofDays(1)));
    assertThat(anas.score()).isEqualTo(RfmScore.of(3, 3, 3));
    assertThat(rfm.customer(bea.id()).orElseThrow().score()).isEqualTo(RfmScore.of(1, 1, 1));
    assertThat(rfm.asOf()).isEqualTo(clock.instant());
  }

  @Test
  void refusesALoopFoundInStoredDefinitionsWhenEvaluating() {
    contact("Ana", d -> d);
    repository.saveDefinition(TENANT, SegmentDefinition.of("a", "in segment \"b\""));
    repository.saveDefinition(TENANT, SegmentDefinition.of("b", "in segment \"a\""));

    assertThatThrownBy(() -> segments.evaluate("a"))
        .isInstanceOfSatisfying(
            SegmentCycleException.class, e -> assertThat(e.cycle()).containsExactly("a", "b", "a"));
  }
}
