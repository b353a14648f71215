package io.crmkit.jpa;

import io.crmkit.core.Crm;
import io.crmkit.core.RecordType;
import io.crmkit.core.TenantId;
import io.crmkit.core.UserId;
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
import io.crmkit.core.contactpoint.PostalAddress;
import io.crmkit.core.customfield.CustomFieldDefinition;
import io.crmkit.core.customfield.CustomFieldValue;
import io.crmkit.core.fixtures.CampaignFixtures;
import io.crmkit.core.internal.TimeOrderedIdGenerator;
import io.crmkit.core.money.Money;
import io.crmkit.core.party.LifecycleStage;
import io.crmkit.core.spi.CrmStorage;
import io.crmkit.core.timeline.ActivityDetails;
import io.crmkit.core.timeline.ActivityEntry;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.jspecify.annotations.Nullable;

/**
 * One fixed population of contacts, written the same way into any storage: the same seed gives the
 * same contacts with the same ids, values, companies and timelines, so that two storages can be
 * compared contact by contact. Its value pools are what random segment expressions draw their
 * literals from, so that conditions hit stored values, miss them by a trailing space or a case, or
 * find nothing at all.
 */
final class SegmentPopulation {

  static final TenantId TENANT = TenantId.of("acme");

  /** The instant the population is written from; activities lie before and after it. */
  static final Instant START = Instant.parse("2026-03-02T09:00:00Z");

  /** A zone with a half-hour offset and summer time, where days and months start off UTC. */
  static final ZoneId ZONE = ZoneId.of("America/St_Johns");

  static final List<CustomFieldDefinition> CUSTOM_FIELDS =
      List.of(
          CustomFieldDefinition.number(RecordType.CONTACT, "size", "Size"),
          CustomFieldDefinition.decimal(RecordType.CONTACT, "budget", "Budget"),
          CustomFieldDefinition.bool(RecordType.CONTACT, "vip", "VIP"),
          CustomFieldDefinition.date(RecordType.CONTACT, "renewal", "Renewal"),
          CustomFieldDefinition.dateTime(RecordType.CONTACT, "login", "Last login"),
          CustomFieldDefinition.text(RecordType.CONTACT, "note", "Note"),
          CustomFieldDefinition.url(RecordType.CONTACT, "homepage", "Homepage"),
          CustomFieldDefinition.singleSelect(
              RecordType.CONTACT, "tier", "Tier", List.of("gold", "silver", "bronze")),
          CustomFieldDefinition.multiSelect(
              RecordType.CONTACT, "interests", "Interests", List.of("crm", "erp", "ai")));

  static final List<String> GIVEN_NAMES = List.of("Ana", "ana", "Ben", "Zoë", "O'Brien; --");
  static final List<String> FAMILY_NAMES = List.of("Lima", "Smith", "Müller", "李");
  static final List<String> TITLES = List.of("CTO", "VP Sales", "50% off_now", "Head \\ IT");
  static final List<String> CITIES = List.of("Berlin", "Wien", "São Paulo");
  static final List<String> COUNTRIES = List.of("DE", "AT", "BR");
  static final List<String> OWNERS = List.of("ana", "ben");
  static final List<String> TAGS = List.of("vip", "lead", "golf");
  static final List<String> NOTES =
      List.of("50% off_now", "trailing ", " leading", "Ümlaut", "x".repeat(250), "a\\b");
  static final List<String> HOMEPAGES = List.of("https://acme.example/", "https://b.example/x");
  static final List<String> TIERS = List.of("gold", "silver", "bronze");
  static final List<String> INTERESTS = List.of("crm", "erp", "ai");
  static final List<String> COMPANY_NAMES = List.of("Acme", "Beta", "Gamma Ltd");
  static final List<String> COMPANY_DOMAINS = List.of("acme.example", "beta.example");
  static final List<String> ACTIVITY_TYPES =
      List.of("note", "page_visit", "order", "email_click", "webinar");
  static final List<String> CAMPAIGNS = List.of("Spring sale", "Newsletter 12");
  static final List<EngagementKind> ENGAGEMENTS =
      List.of(
          EngagementKind.DELIVERED,
          EngagementKind.OPENED,
          EngagementKind.CLICKED,
          EngagementKind.REPLIED,
          EngagementKind.SOFT_BOUNCE,
          EngagementKind.HARD_BOUNCE);
  static final List<Long> SIZES = List.of(-5L, 0L, 1L, 10L, 120L, Long.MAX_VALUE);
  static final List<BigDecimal> BUDGETS =
      List.of(new BigDecimal("0"), new BigDecimal("1000.5"), new BigDecimal("-0.25"));
  static final List<String> CURRENCIES = List.of("EUR", "EUR", "USD");

  private static final int CONTACTS = 60;
  private static final int ARCHIVED = 3;

  /** The clock of every writer of the population: it moves as contacts are written. */
  static final class SteppingClock extends Clock {

    private volatile Instant now = START;

    void advance(Duration duration) {
      now = now.plus(duration);
    }

    @Override
    public ZoneId getZone() {
      return ZONE;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      throw new UnsupportedOperationException("the population clock keeps its zone");
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  private final long seed;

  SegmentPopulation(long seed) {
    this.seed = seed;
  }

  /**
   * Returns a CRM on {@code storage} whose clock and ids follow this population's seed, with the
   * custom fields defined and every contact written; its clock then stands a day after the last
   * write, in {@link #ZONE}.
   */
  Crm writeTo(CrmStorage storage) {
    SteppingClock clock = new SteppingClock();
    Crm crm =
        Crm.builder()
            .storage(storage)
            .tenant(TENANT)
            .actor(UserId.of(OWNERS.get(0)))
            .clock(clock)
            .ids(new TimeOrderedIdGenerator(clock, new Random(seed)))
            .build();
    CUSTOM_FIELDS.forEach(crm.customFields()::define);
    Random random = new Random(seed);
    List<Company> companies = new ArrayList<>();
    for (int i = 0; i < COMPANY_NAMES.size(); i++) {
      CompanyDetails.Builder company = CompanyDetails.builder().name(COMPANY_NAMES.get(i));
      if (i < COMPANY_DOMAINS.size()) {
        company.domain(COMPANY_DOMAINS.get(i));
      }
      companies.add(crm.companies().create(company.build()));
    }
    List<ContactId> written = new ArrayList<>();
    for (int i = 0; i < CONTACTS + ARCHIVED; i++) {
      clock.advance(Duration.ofMinutes(1 + random.nextInt(600)));
      Contact contact = contact(crm, random, companies);
      written.add(contact.id());
      timeline(crm, random, contact.id());
      if (i >= CONTACTS) {
        crm.contacts().archive(contact.id(), contact.version());
      } else if (random.nextInt(4) == 0) {
        clock.advance(Duration.ofMinutes(1 + random.nextInt(60)));
        crm.contacts().moveTo(contact.id(), contact.version(), pick(random, stages()));
      }
    }
    campaigns(crm, storage, random, written);
    clock.advance(Duration.ofDays(1));
    return crm;
  }

  /**
   * Sends each campaign to about two in three contacts and reports up to four provider events per
   * message, up to 90 days back and now and then a day ahead of the clock.
   */
  private static void campaigns(
      Crm crm, CrmStorage storage, Random random, List<ContactId> contacts) {
    Instant now = crm.clock().instant();
    for (int c = 0; c < CAMPAIGNS.size(); c++) {
      Campaign campaign =
          crm.campaigns().create(CampaignFixtures.aCampaign().named(CAMPAIGNS.get(c)).details());
      List<Recipient> sent = new ArrayList<>();
      List<ProviderEvent> events = new ArrayList<>();
      for (int i = 0; i < contacts.size(); i++) {
        if (random.nextInt(3) == 0) {
          continue;
        }
        String messageId = "p-" + c + "-" + i;
        sent.add(
            CampaignFixtures.aRecipientOf(campaign, contacts.get(i), now)
                .claim(now)
                .sent("r" + i + "@example.com", messageId, now));
        int reported = random.nextInt(5);
        for (int e = 0; e < reported; e++) {
          Instant at = now.minus(Duration.ofMinutes(random.nextInt(90 * 24 * 60) - 1440));
          EngagementKind kind = pick(random, ENGAGEMENTS);
          events.add(
              kind == EngagementKind.CLICKED
                  ? ProviderEvent.click(messageId, "https://acme.example/sale", at)
                  : ProviderEvent.of(messageId, kind, at));
        }
      }
      storage.recipients().insertAll(sent);
      events.forEach(crm.campaigns()::record);
    }
  }

  private static Contact contact(Crm crm, Random random, List<Company> companies) {
    String given = maybe(random, GIVEN_NAMES);
    ContactDetails.Builder details =
        ContactDetails.builder()
            .name(given, given == null ? pick(random, FAMILY_NAMES) : maybe(random, FAMILY_NAMES))
            .jobTitle(maybe(random, TITLES));
    if (random.nextBoolean()) {
      details.email("c" + random.nextInt(1_000_000) + "@example.com");
    }
    if (random.nextInt(3) > 0) {
      PostalAddress.Builder address =
          PostalAddress.builder().postalCode("1010").country(pick(random, COUNTRIES));
      String city = maybe(random, CITIES);
      if (city != null) {
        address.city(city);
      }
      details.address(address.build());
    }
    for (String tag : TAGS) {
      if (random.nextInt(3) == 0) {
        details.tag(tag);
      }
    }
    if (random.nextInt(3) > 0) {
      details.customField("size", CustomFieldValue.Number.of(pick(random, SIZES)));
    }
    if (random.nextBoolean()) {
      details.customField("budget", CustomFieldValue.Decimal.of(pick(random, BUDGETS)));
    }
    if (random.nextBoolean()) {
      details.customField("vip", CustomFieldValue.Bool.of(random.nextBoolean()));
    }
    Instant now = crm.clock().instant();
    if (random.nextBoolean()) {
      LocalDate today = LocalDate.ofInstant(now, ZONE);
      details.customField(
          "renewal", CustomFieldValue.Date.of(today.plusDays(random.nextInt(240) - 180)));
    }
    if (random.nextBoolean()) {
      details.customField(
          "login",
          CustomFieldValue.DateTime.of(
              now.plus(Duration.ofMinutes(random.nextInt(200_000) - 180_000))));
    }
    if (random.nextBoolean()) {
      details.customField("note", CustomFieldValue.Text.of(pick(random, NOTES)));
    }
    if (random.nextInt(4) == 0) {
      details.customField("homepage", CustomFieldValue.Url.of(URI.create(pick(random, HOMEPAGES))));
    }
    if (random.nextBoolean()) {
      details.customField("tier", CustomFieldValue.Choice.of(pick(random, TIERS)));
    }
    List<String> interests = new ArrayList<>();
    for (String interest : INTERESTS) {
      if (random.nextInt(3) == 0) {
        interests.add(interest);
      }
    }
    if (!interests.isEmpty()) {
      details.customField(
          "interests", CustomFieldValue.Choices.of(interests.toArray(String[]::new)));
    }
    int company = random.nextInt(companies.size() + 2);
    if (company < companies.size()) {
      details.company(
          random.nextInt(4) == 0
              ? CompanyLink.secondary(companies.get(company).id(), "user")
              : CompanyLink.primary(companies.get(company).id(), "buyer"));
    }
    return crm.contacts()
        .create(details.build(), UserId.of(pick(random, OWNERS)), pick(random, stages()));
  }

  private static void timeline(Crm crm, Random random, ContactId contact) {
    Instant now = crm.clock().instant();
    int activities = random.nextInt(5);
    for (int i = 0; i < activities; i++) {
      // up to 90 days back, and now and then a day ahead of the clock
      Instant at = now.minus(Duration.ofMinutes(random.nextInt(90 * 24 * 60) - 1440));
      String type = pick(random, ACTIVITY_TYPES);
      ActivityDetails details =
          switch (type) {
            case "note" -> new ActivityDetails.Note();
            case "page_visit" ->
                new ActivityDetails.PageVisit(URI.create("https://acme.example/pricing"));
            case "order" ->
                new ActivityDetails.Order(
                    "o" + random.nextInt(1_000_000),
                    Money.of(
                        BigDecimal.valueOf(random.nextInt(50_000), 2),
                        java.util.Currency.getInstance(pick(random, CURRENCIES))));
            default -> new ActivityDetails.Other(type, Map.of());
          };
      crm.timeline().log(ActivityEntry.of(details).at(at).about(contact));
    }
  }

  private static List<LifecycleStage> stages() {
    return List.of(LifecycleStage.values());
  }

  private static <T> T pick(Random random, List<T> values) {
    return values.get(random.nextInt(values.size()));
  }

  private static <T> @Nullable T maybe(Random random, List<T> values) {
    int index = random.nextInt(values.size() + 1);
    return index == values.size() ? null : values.get(index);
  }
}
