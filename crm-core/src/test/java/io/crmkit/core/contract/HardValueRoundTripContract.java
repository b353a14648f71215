package io.crmkit.core.contract;

import static io.crmkit.core.fixtures.ContactFixtures.TENANT;
import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.RecordRef;
import io.crmkit.core.RecordType;
import io.crmkit.core.UserId;
import io.crmkit.core.company.Company;
import io.crmkit.core.company.CompanyDetails;
import io.crmkit.core.company.CompanyId;
import io.crmkit.core.contact.CompanyLink;
import io.crmkit.core.contact.Contact;
import io.crmkit.core.contact.ContactDetails;
import io.crmkit.core.contact.ContactId;
import io.crmkit.core.contactpoint.PostalAddress;
import io.crmkit.core.customfield.CustomFieldDefinition;
import io.crmkit.core.customfield.CustomFieldValue;
import io.crmkit.core.customfield.CustomFields;
import io.crmkit.core.deal.Deal;
import io.crmkit.core.deal.DealDetails;
import io.crmkit.core.deal.DealId;
import io.crmkit.core.deal.DealRole;
import io.crmkit.core.deal.Pipeline;
import io.crmkit.core.deal.PipelineId;
import io.crmkit.core.deal.PipelinePolicy;
import io.crmkit.core.deal.Stage;
import io.crmkit.core.deal.StageId;
import io.crmkit.core.fixtures.FuzzReport;
import io.crmkit.core.fixtures.Ids;
import io.crmkit.core.fixtures.TestClock;
import io.crmkit.core.lead.Attribution;
import io.crmkit.core.lead.Lead;
import io.crmkit.core.lead.LeadDetails;
import io.crmkit.core.lead.LeadId;
import io.crmkit.core.lead.LeadSource;
import io.crmkit.core.money.Money;
import io.crmkit.core.party.LifecycleStage;
import io.crmkit.core.party.PersonName;
import io.crmkit.core.reason.Reason;
import io.crmkit.core.reason.ReasonCatalogue;
import io.crmkit.core.spi.CrmStorage;
import io.crmkit.core.task.Task;
import io.crmkit.core.task.TaskDetails;
import io.crmkit.core.task.TaskId;
import io.crmkit.core.timeline.Activity;
import io.crmkit.core.timeline.ActivityDetails;
import io.crmkit.core.timeline.ActivityEntry;
import io.crmkit.core.timeline.ActivityId;
import io.crmkit.core.timeline.CallOutcome;
import io.crmkit.core.timeline.Direction;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every storage must do with hard but valid values: read them back equal. Every text column of
 * every aggregate receives emoji and other characters outside the Basic Multilingual Plane,
 * right-to-left scripts, combining marks and characters that SQL, LIKE and JSON treat specially,
 * and is filled to its longest with four-byte characters; the money and decimal columns receive the
 * widest values the number rules allow. An adapter's test class extends this and returns a fresh,
 * empty storage from {@link #newStorage()}.
 *
 * <p>Each round trip is one input of the suite's {@link FuzzReport}, written for CI to {@code
 * target/fuzz-reports/<suite>.txt}.
 */
public abstract class HardValueRoundTripContract {

  /** Hard but valid texts, each a valid identifier too, so that every field takes every one. */
  static final List<String> HARD_TEXTS =
      List.of(
          "Zoë \uD83D\uDE42 \uD83D\uDC4D\uD83C\uDFFD",
          "\u05E9\u05B8\u05C1\u05DC\u05D5\u05B9\u05DD \u05E2\u05D5\u05DC\u05DD",
          "\u0645\u0631\u062D\u0628\u0627 \u0628\u0627\u0644\u0639\u0627\u0644\u0645 \u0661\u0662",
          "\uD841\uDF0E\uD841\uDF31 \uD80C\uDC00 \uD83C\uDC04 \uD835\uDD04",
          "e\u0301 a\u0308 n\u0303 \u0928\u093F \u0E01\u0E34",
          "O'Brien \"q\" \\ % _ ; -- <b>&amp;",
          "\u65E5\u672C\u8A9E \uD55C\uAD6D\uC5B4 \u0E44\u0E17\u0E22 \uFFFD");

  /** One character of four UTF-8 bytes and two UTF-16 units. */
  private static final String WIDE = "\uD83D\uDE42";

  private static final Instant AT = TestClock.START;
  private static final Map<Class<?>, FuzzReport> REPORTS = new ConcurrentHashMap<>();

  protected CrmStorage storage;
  private FuzzReport report;

  /** Returns an empty storage for one test. */
  protected abstract CrmStorage newStorage();

  @BeforeEach
  void openStorage() {
    // first, so that the report exists when a storage that is not configured skips the test
    report = REPORTS.computeIfAbsent(getClass(), FuzzReport::of).part();
    storage = newStorage();
  }

  @AfterEach
  void writeReport() {
    REPORTS.get(getClass()).write();
  }

  @Test
  void readsBackHardTextInEveryTextColumnOfEveryAggregate() {
    for (String text : HARD_TEXTS) {
      roundTrips(text);
    }
    report.assertNoFailures();
  }

  @Test
  void readsBackEveryTextColumnFilledToItsLongestWithFourByteCharacters() {
    // each field takes as much of it as it holds: 100 of these fill a 200-character name
    roundTrips(WIDE.repeat(60_000));
    report.assertNoFailures();
  }

  @Test
  void readsBackNumbersAtTheirBounds() {
    String widestDecimal = "9".repeat(35) + "." + "9".repeat(30);
    List<CustomFieldValue> decimals =
        List.of(
            CustomFieldValue.Decimal.of(new BigDecimal(widestDecimal)),
            CustomFieldValue.Decimal.of(new BigDecimal("-" + widestDecimal)),
            CustomFieldValue.Decimal.of(new BigDecimal("0." + "0".repeat(29) + "1")),
            CustomFieldValue.Number.of(Long.MIN_VALUE),
            CustomFieldValue.Number.of(Long.MAX_VALUE));
    List<Money> amounts =
        List.of(
            Money.of("9".repeat(34) + ".99", "EUR"),
            Money.of("-" + "9".repeat(34) + ".9999", "CLF"),
            Money.of("9".repeat(34), "JPY"),
            Money.of("0.001", "BHD"));
    for (CustomFieldValue value : decimals) {
      CustomFields fields = CustomFields.empty().with("size", value);
      Contact contact = contact(PersonName.of("Ana", "Lima"), "olivia", fields, b -> {});
      check(value, contact, () -> storage.contacts().insert(contact), storedContact(contact));
      Lead lead = lead("Ana", "Acme", fields, Attribution.of(LeadSource.API));
      check(value, lead, () -> storage.leads().insert(lead), storedLead(lead));
    }
    Pipeline pipeline = pipeline("Sales");
    storage.pipelines().insert(pipeline);
    for (Money amount : amounts) {
      Deal deal =
          deal(
              pipeline,
              // a deal's amount is never negative; an order's total may be, a refund
              DealDetails.builder()
                  .name("Renewal")
                  .amount(amount.isNegative() ? amount.negate() : amount)
                  .build(),
              "olivia");
      check(amount, deal, () -> storage.deals().insert(deal), storedDeal(deal));
      Activity order =
          activity(
              ActivityEntry.of(new ActivityDetails.Order("A-1", amount))
                  .about(ContactId.of(Ids.next())),
              "olivia");
      check(amount, order, () -> storage.activities().insert(order), storedActivity(order));
    }
    report.assertNoFailures();
  }

  /**
   * Stores an aggregate of every kind with {@code text} in each of its text fields, cut to what the
   * field holds, and checks that each reads back equal.
   */
  private void roundTrips(String text) {
    String id = fit(text, 64);
    UserId owner = UserId.of(id);
    CompanyId companyId = CompanyId.of(Ids.next());
    String lines = fit(text, 3_000) + "\n\t" + fit(text, 3_000) + "\r\n" + fit(text, 3_000);
    String url = "https://example.com/" + urlSafe(fit(text, 1_000));
    PostalAddress address =
        PostalAddress.builder()
            .line(fit(text, 200))
            .line(fit(text, 200))
            .city(fit(text, 200))
            .region(fit(text, 200))
            .postalCode(fit(text, 200))
            .country("IL")
            .build();
    CustomFields fields =
        CustomFields.empty()
            .with("notes", CustomFieldValue.Text.of(lines))
            .with("tier", CustomFieldValue.Choice.of(fit(text, 200)))
            .with("areas", CustomFieldValue.Choices.of(fit(text, 200), "x " + fit(text, 190)))
            .with("site", CustomFieldValue.Url.of(URI.create(url)));

    CompanyDetails.Builder companyDetails =
        CompanyDetails.builder()
            .name(fit(text, 300))
            .industry(fit(text, 100))
            .domain("b\u00FCcher.example")
            .phone("+\u0664\u0669 \u0663\u0660 \u0661\u0662\u0663\u0664\u0665\u0666")
            .address(address)
            .socialProfile("web", url)
            .tag(id)
            .externalId("erp", fit(text, 128));
    fields.asMap().forEach(companyDetails::customField);
    Company company =
        Company.create(
                companyId,
                TENANT,
                companyDetails.build(),
                owner,
                LifecycleStage.CUSTOMER,
                AT,
                owner)
            .state();
    check(text, company, () -> storage.companies().insert(company), storedCompany(company));

    PersonName name = PersonName.of(fit(text, 200), fit(text, 200), fit(text, 200));
    Contact contact =
        contact(
            name,
            id,
            fields,
            details ->
                details
                    .jobTitle(fit(text, 200))
                    .email("o'brien+" + Ids.next().toString().substring(24) + "@b\u00FCcher.de")
                    .phone("+49 (30) 123456 \u260E")
                    .address(address)
                    .socialProfile("web", url)
                    .tag(id)
                    .externalId("erp", fit(text, 128))
                    .company(CompanyLink.primary(companyId, fit(text, 100))));
    check(text, contact, () -> storage.contacts().insert(contact), storedContact(contact));

    Lead lead =
        lead(
            fit(text, 99),
            fit(text, 300),
            fields,
            Attribution.of(LeadSource.WEB_FORM)
                .withCampaign(fit(text, 200))
                .withUtm(fit(text, 200), fit(text, 200), fit(text, 200), fit(text, 200), "x"));
    check(text, lead, () -> storage.leads().insert(lead), storedLead(lead));

    Pipeline pipeline = pipeline(fit(text, 80));
    check(text, pipeline, () -> storage.pipelines().insert(pipeline), storedPipeline(pipeline));
    DealDetails.Builder dealDetails =
        DealDetails.builder()
            .name(fit(text, 200))
            .source(fit(text, 100))
            .contact(contact.id(), DealRole.CHAMPION)
            .company(companyId);
    fields.asMap().forEach(dealDetails::customField);
    Deal deal = deal(pipeline, dealDetails.build(), id);
    check(text, deal, () -> storage.deals().insert(deal), storedDeal(deal));

    RecordRef about = RecordRef.of(RecordType.DEAL, id);
    Task task =
        Task.create(
                TaskId.of(Ids.next()),
                TENANT,
                TaskDetails.builder()
                    .title(fit(text, 500))
                    .description(lines)
                    .dueAt(AT.plus(Duration.ofDays(1)))
                    .about(about)
                    .build(),
                owner,
                AT,
                owner)
            .state();
    check(text, task, () -> storage.tasks().insert(task), storedTask(task));

    for (ActivityDetails details : activityDetails(text, lines, url)) {
      Activity activity =
          activity(
              ActivityEntry.of(details)
                  .about(contact.id())
                  .about(companyId)
                  .regarding(about)
                  .subject(fit(text, 500))
                  .body(lines + lines),
              id);
      check(text, activity, () -> storage.activities().insert(activity), storedActivity(activity));
    }

    CustomFieldDefinition definition =
        CustomFieldDefinition.multiSelect(
            RecordType.CONTACT,
            "areas",
            fit(text, 200),
            List.of(fit(text, 200), "x " + fit(text, 190)));
    check(
        text,
        definition,
        () -> storage.customFields().save(TENANT, definition),
        () -> storage.customFields().findAll(TENANT, RecordType.CONTACT));
    Reason reason = Reason.of("price", fit(text, 200));
    check(
        text,
        reason,
        () -> storage.reasons().save(TENANT, ReasonCatalogue.LOST_DEAL, reason),
        () -> storage.reasons().find(TENANT, ReasonCatalogue.LOST_DEAL, "price").orElseThrow());
  }

  private static List<ActivityDetails> activityDetails(String text, String lines, String url) {
    return List.of(
        new ActivityDetails.Note(),
        new ActivityDetails.Call(Direction.OUTBOUND, CallOutcome.CONNECTED, Duration.ofMinutes(3)),
        new ActivityDetails.Email(Direction.INBOUND, "<" + fit(text, 900) + "@example.com>"),
        new ActivityDetails.Meeting(AT.plus(Duration.ofHours(1)), fit(text, 500)),
        new ActivityDetails.Chat(fit(text, 50)),
        new ActivityDetails.PageVisit(URI.create(url)),
        new ActivityDetails.FormSubmission(
            fit(text, 200), Map.of(fit(text, 200), lines, "email", fit(text, 10_000))),
        new ActivityDetails.Order(fit(text, 100), Money.of("12.50", "EUR")),
        new ActivityDetails.TicketEvent(fit(text, 50)),
        new ActivityDetails.CampaignEngagement(fit(text, 100), fit(text, 50)),
        new ActivityDetails.Other("visit", Map.of(fit(text, 200), lines)));
  }

  /**
   * Returns at most {@code units} UTF-16 units of {@code text}, never half a character, without
   * white space at the end (which no identifier has).
   */
  private static String fit(String text, int units) {
    if (text.length() <= units) {
      return text;
    }
    int end = Character.isLowSurrogate(text.charAt(units)) ? units - 1 : units;
    return text.substring(0, end).stripTrailing();
  }

  /** Returns {@code text} with the ASCII characters a URI path may not hold made {@code -}. */
  private static String urlSafe(String text) {
    StringBuilder safe = new StringBuilder(text.length());
    text.chars()
        .forEach(
            c ->
                safe.append(
                    c < 0x80 && !Character.isLetterOrDigit(c) && "-._~".indexOf(c) < 0
                        ? '-'
                        : (char) c));
    return safe.toString();
  }

  /**
   * Stores {@code expected} with {@code store} and checks that {@code read} gives it back equal, as
   * one input of the report.
   */
  private void check(Object input, Object expected, Runnable store, ReadBack read) {
    report.check(
        input,
        () -> {
          store.run();
          Object stored = read.read();
          if (stored instanceof List<?> list) {
            assertThat(list).asInstanceOf(InstanceOfAssertFactories.LIST).contains(expected);
          } else {
            assertThat(stored).isEqualTo(expected);
          }
        });
  }

  /** Reads an aggregate back from the storage. */
  @FunctionalInterface
  private interface ReadBack {
    Object read();
  }

  private ReadBack storedContact(Contact contact) {
    return () -> storage.contacts().find(TENANT, contact.id()).orElseThrow();
  }

  private ReadBack storedCompany(Company company) {
    return () -> storage.companies().find(TENANT, company.id()).orElseThrow();
  }

  private ReadBack storedLead(Lead lead) {
    return () -> storage.leads().find(TENANT, lead.id()).orElseThrow();
  }

  private ReadBack storedPipeline(Pipeline pipeline) {
    return () -> storage.pipelines().find(TENANT, pipeline.id()).orElseThrow();
  }

  private ReadBack storedDeal(Deal deal) {
    return () -> storage.deals().find(TENANT, deal.id()).orElseThrow();
  }

  private ReadBack storedTask(Task task) {
    return () -> storage.tasks().find(TENANT, task.id()).orElseThrow();
  }

  private ReadBack storedActivity(Activity activity) {
    return () -> storage.activities().find(TENANT, activity.id()).orElseThrow();
  }

  private static Contact contact(
      PersonName name, String owner, CustomFields fields, Consumer<ContactDetails.Builder> more) {
    ContactDetails.Builder details = ContactDetails.builder().name(name);
    fields.asMap().forEach(details::customField);
    more.accept(details);
    return Contact.create(
            ContactId.of(Ids.next()),
            TENANT,
            details.build(),
            UserId.of(owner),
            LifecycleStage.LEAD,
            AT,
            UserId.of(owner))
        .state();
  }

  private static Lead lead(
      String name, String company, CustomFields fields, Attribution attribution) {
    LeadDetails.Builder details =
        LeadDetails.builder()
            .name(name, name)
            .companyName(company)
            .jobTitle(name)
            .email("ana+" + Ids.next().toString().substring(24) + "@b\u00FCcher.de")
            .phone("+49 30 123456")
            .website("https://b\u00FCcher.example/" + company)
            .country("il");
    fields.asMap().forEach(details::customField);
    return Lead.capture(
            LeadId.of(Ids.next()),
            TENANT,
            details.build(),
            attribution,
            UserId.of("olivia"),
            AT,
            UserId.of("olivia"))
        .state();
  }

  /** Returns a pipeline whose name and stage names are {@code name} and numbered variants. */
  private static Pipeline pipeline(String name) {
    List<Stage> stages = new ArrayList<>();
    stages.add(Stage.open(StageId.random(), fit(name, 100), 10));
    stages.add(Stage.open(StageId.random(), fit(name, 97) + " 2", 50));
    stages.add(Stage.won(StageId.random(), fit(name, 97) + " 3"));
    stages.add(Stage.lost(StageId.random(), fit(name, 97) + " 4"));
    return Pipeline.create(
            PipelineId.of(Ids.next()),
            TENANT,
            name,
            stages,
            PipelinePolicy.FLEXIBLE,
            AT,
            UserId.of("olivia"))
        .state();
  }

  private static Deal deal(Pipeline pipeline, DealDetails details, String owner) {
    return Deal.open(
            DealId.of(Ids.next()), pipeline, null, details, UserId.of(owner), AT, UserId.of(owner))
        .state();
  }

  private static Activity activity(ActivityEntry entry, String by) {
    return Activity.log(ActivityId.of(Ids.next()), TENANT, entry.at(AT), AT, UserId.of(by)).state();
  }
}
