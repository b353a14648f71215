package io.crmkit.interchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.crmkit.core.Crm;
import io.crmkit.core.CrmException;
import io.crmkit.core.PageRequest;
import io.crmkit.core.RecordType;
import io.crmkit.core.UserId;
import io.crmkit.core.company.Company;
import io.crmkit.core.company.CompanyDetails;
import io.crmkit.core.company.CompanyId;
import io.crmkit.core.company.CompanyQuery;
import io.crmkit.core.contact.CompanyLink;
import io.crmkit.core.contact.Contact;
import io.crmkit.core.contact.ContactDetails;
import io.crmkit.core.contact.ContactId;
import io.crmkit.core.contact.ContactQuery;
import io.crmkit.core.customfield.CustomFieldDefinition;
import io.crmkit.core.customfield.CustomFieldValue;
import io.crmkit.core.deal.Deal;
import io.crmkit.core.deal.DealDetails;
import io.crmkit.core.deal.DealQuery;
import io.crmkit.core.deal.DealRole;
import io.crmkit.core.deal.Pipeline;
import io.crmkit.core.deal.PipelinePolicy;
import io.crmkit.core.fixtures.FuzzReport;
import io.crmkit.core.fixtures.PipelineFixtures;
import io.crmkit.core.fixtures.TestClock;
import io.crmkit.core.importing.ImportReport;
import io.crmkit.core.lead.Attribution;
import io.crmkit.core.lead.Lead;
import io.crmkit.core.lead.LeadDetails;
import io.crmkit.core.lead.LeadQuery;
import io.crmkit.core.lead.LeadSource;
import io.crmkit.core.party.LifecycleStage;
import io.crmkit.core.reason.Reason;
import io.crmkit.core.reason.ReasonCatalogue;
import io.crmkit.core.timeline.Activity;
import io.crmkit.core.timeline.ActivityDetails;
import io.crmkit.core.timeline.ActivityEntry;
import io.crmkit.core.timeline.CallOutcome;
import io.crmkit.core.timeline.Direction;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Export then import into an empty tenant gives equal records, for every record kind, with text
 * that is hard for CSV and for spreadsheets: emoji, right-to-left scripts, combining marks, quotes,
 * commas, semicolons, backslashes, line breaks and cells that start like a formula.
 */
class CsvRoundTripProperties {

  private static final FuzzReport REPORT = FuzzReport.of(CsvRoundTripProperties.class);

  private static final List<String> PIECES =
      List.of(
          "Ana",
          "Lima",
          "=SUM(A1:A9)",
          "+49 30",
          "-5",
          "@home",
          "'quoted",
          "''",
          "a,b",
          "\"q\"",
          "semi;colon",
          "back\\slash",
          "\uD83D\uDE42",
          "\uD801\uDC37",
          "\u05E9\u05C1\u05B8\u05DC\u05D5\u05B9\u05DD",
          "\u0645\u0631\u062D\u0628\u0627",
          "e\u0301",
          "\u5C71\u7530",
          " ",
          "%_?");

  /** Pieces that only text spanning lines may hold. */
  private static final List<String> LINE_BREAKS = List.of("\n", "\r\n", "\t", "\n\n");

  @AfterAll
  static void writeReport() {
    REPORT.write();
  }

  private static Gen<String> line() {
    return lists()
        .of(integers().between(0, PIECES.size() - 1))
        .ofSizeBetween(1, 4)
        .map(picks -> join(picks, PIECES));
  }

  private static Gen<String> lines() {
    List<String> all = new ArrayList<>(PIECES);
    all.addAll(LINE_BREAKS);
    return lists()
        .of(integers().between(0, all.size() - 1))
        .ofSizeBetween(1, 6)
        .map(picks -> join(picks, all));
  }

  private static String join(List<Integer> picks, List<String> pieces) {
    StringBuilder text = new StringBuilder();
    picks.forEach(i -> text.append(pieces.get(i)));
    return text.toString();
  }

  /** A CRM with the records that exported rows name by natural key, the same in every tenant. */
  private static Crm tenant() {
    Crm crm = Crm.builder().clock(TestClock.atStart()).build();
    crm.customFields().define(CustomFieldDefinition.text(RecordType.CONTACT, "note", "Note"));
    crm.customFields().define(CustomFieldDefinition.number(RecordType.CONTACT, "seats", "Seats"));
    crm.customFields().define(CustomFieldDefinition.text(RecordType.COMPANY, "motto", "Motto"));
    crm.customFields().define(CustomFieldDefinition.text(RecordType.LEAD, "interest", "Interest"));
    crm.customFields().define(CustomFieldDefinition.text(RecordType.DEAL, "memo", "Memo"));
    crm.pipelines().create("Sales", PipelineFixtures.salesStages(), PipelinePolicy.FLEXIBLE);
    crm.reasons().define(ReasonCatalogue.LOST_DEAL, Reason.of("price", "Too expensive"));
    return crm;
  }

  private static void references(Crm crm) {
    referencedCompanies(crm);
    crm.contacts()
        .create(ContactDetails.builder().name("Ana", "").email("ana@example.com").build());
    crm.contacts().create(ContactDetails.builder().name("Bo", "").email("bo@example.com").build());
  }

  private static void referencedCompanies(Crm crm) {
    crm.companies().create(CompanyDetails.builder().name("Acme").domain("acme.com").build());
    crm.companies().create(CompanyDetails.builder().name("Initech").domain("initech.com").build());
  }

  /**
   * Returns {@code value} as a text custom field; blank text, which no text field holds, as "-".
   */
  private static CustomFieldValue text(String value) {
    return CustomFieldValue.Text.of(value.isBlank() ? "-" : value);
  }

  /** Runs {@code create} and reports whether the CRM accepted the generated record. */
  private static boolean accepted(Supplier<?> create) {
    try {
      create.get();
      return true;
    } catch (CrmException | IllegalArgumentException refused) {
      return false;
    }
  }

  private static String export(Crm crm, RecordKind kind) {
    StringWriter out = new StringWriter();
    CsvInterchange.on(crm).exportCsv(kind, out);
    return out.toString();
  }

  /** Exports {@code kind} from {@code from}, imports it into {@code to}, all or nothing. */
  private static ImportReport carry(Crm from, Crm to, RecordKind kind) {
    return CsvInterchange.on(to)
        .importCsv(kind, new StringReader(export(from, kind)), CsvImportOptions.allOrNothing());
  }

  private static <T> void checkRoundTrip(
      FuzzReport report,
      Object input,
      Crm from,
      Crm to,
      RecordKind kind,
      Function<Crm, List<T>> records) {
    report.check(
        input,
        () -> {
          ImportReport carried = carry(from, to, kind);
          assertThat(carried.rejected()).as("refused rows").isEmpty();
          assertThat(records.apply(from)).as("records exported").isNotEmpty();
          assertThat(records.apply(to)).isEqualTo(records.apply(from));
        });
  }

  @Test
  void companiesReadBackEqual() {
    FuzzReport report = REPORT.part();
    qt().withExamples(60)
        .forAll(lists().of(line()).ofSizeBetween(1, 4), line())
        .checkAssert(
            (texts, motto) -> {
              Crm from = tenant();
              for (int i = 0; i < texts.size(); i++) {
                String text = texts.get(i);
                int n = i;
                accepted(
                    () ->
                        from.companies()
                            .create(
                                CompanyDetails.builder()
                                    .name(text)
                                    .domain("c" + n + ".example")
                                    .industry(text)
                                    .employees(n * 10)
                                    .phone("+49 30 1234567" + n)
                                    .tag(text)
                                    .externalId("erp", text)
                                    .customField("motto", text(motto))
                                    .build(),
                                UserId.of("olivia"),
                                LifecycleStage.CUSTOMER));
                accepted(
                    () ->
                        from.companies()
                            .create(
                                CompanyDetails.builder()
                                    .name(text)
                                    .domain("d" + n + ".example")
                                    .build()));
                from.companies().create(CompanyDetails.builder().name("Plain " + n).build());
              }
              checkRoundTrip(
                  report,
                  texts,
                  from,
                  tenant(),
                  RecordKind.COMPANIES,
                  CsvRoundTripProperties::companies);
            });
    report.assertNoFailures();
  }

  private static List<String> companies(Crm crm) {
    return crm.companies().search(CompanyQuery.all(), PageRequest.first(1_000)).items().stream()
        .map(c -> c.details() + " " + c.owner() + " " + c.lifecycleStage())
        .sorted()
        .toList();
  }

  @Test
  void contactsReadBackEqual() {
    FuzzReport report = REPORT.part();
    qt().withExamples(60)
        .forAll(lists().of(line()).ofSizeBetween(1, 4), lines())
        .checkAssert(
            (texts, note) -> {
              Crm from = tenant();
              references(from);
              CompanyId acme = companyByDomain(from, "acme.com");
              for (int i = 0; i < texts.size(); i++) {
                String text = texts.get(i);
                int n = i;
                accepted(
                    () ->
                        from.contacts()
                            .create(
                                ContactDetails.builder()
                                    .name(text, text)
                                    .email("p" + n + "@example.com")
                                    .email("q" + n + "@example.org")
                                    .phone("+1 650 253 000" + n)
                                    .jobTitle(text)
                                    .tag(text)
                                    .tag("vip")
                                    .externalId("erp", text)
                                    .externalId("shop", "s" + n)
                                    .company(CompanyLink.primary(acme, "buyer"))
                                    .customField("note", text(note))
                                    .customField("seats", CustomFieldValue.Number.of(n))
                                    .build(),
                                UserId.of("olivia"),
                                LifecycleStage.OPPORTUNITY));
                accepted(
                    () -> from.contacts().create(ContactDetails.builder().name(text, "").build()));
                from.contacts().create(ContactDetails.builder().name("Plain" + n, "").build());
              }
              Crm to = tenant();
              referencedCompanies(to);
              checkRoundTrip(
                  report,
                  List.of(texts, note),
                  from,
                  to,
                  RecordKind.CONTACTS,
                  CsvRoundTripProperties::contacts);
            });
    report.assertNoFailures();
  }

  private static CompanyId companyByDomain(Crm crm, String domain) {
    return crm.companies()
        .search(CompanyQuery.all().withDomain(domain), PageRequest.first(1))
        .items()
        .get(0)
        .id();
  }

  private static List<String> contacts(Crm crm) {
    Map<CompanyId, String> domains = domains(crm);
    return crm.contacts().search(ContactQuery.all(), PageRequest.first(1_000)).items().stream()
        .map(
            c ->
                withoutCompanies(c.details())
                    + " "
                    + c.details().companies().stream()
                        .map(l -> domains.get(l.company()) + "/" + l.role() + "/" + l.primary())
                        .toList()
                    + " "
                    + c.owner()
                    + " "
                    + c.lifecycleStage())
        .sorted()
        .toList();
  }

  private static ContactDetails withoutCompanies(ContactDetails d) {
    return new ContactDetails(
        d.name(),
        d.jobTitle(),
        d.emails(),
        d.phones(),
        d.addresses(),
        d.socialProfiles(),
        d.tags(),
        d.externalIds(),
        d.customFields(),
        List.of());
  }

  private static Map<CompanyId, String> domains(Crm crm) {
    Map<CompanyId, String> domains = new java.util.HashMap<>();
    for (Company company :
        crm.companies().search(CompanyQuery.all(), PageRequest.first(1_000)).items()) {
      domains.put(company.id(), company.details().webDomain().map(d -> d.value()).orElse(""));
    }
    return domains;
  }

  private static Map<ContactId, String> emails(Crm crm) {
    Map<ContactId, String> emails = new java.util.HashMap<>();
    for (Contact contact :
        crm.contacts().search(ContactQuery.all(), PageRequest.first(1_000)).items()) {
      emails.put(contact.id(), contact.details().primaryEmail().map(e -> e.value()).orElse(""));
    }
    return emails;
  }

  @Test
  void leadsReadBackEqual() {
    FuzzReport report = REPORT.part();
    qt().withExamples(60)
        .forAll(lists().of(line()).ofSizeBetween(1, 4), lines())
        .checkAssert(
            (texts, interest) -> {
              Crm from = tenant();
              for (int i = 0; i < texts.size(); i++) {
                String text = texts.get(i);
                int n = i;
                accepted(
                    () -> {
                      Lead lead =
                          from.leads()
                              .capture(
                                  LeadDetails.builder()
                                      .name(text, text)
                                      .email("l" + n + "@example.com")
                                      .phone("+44 20 7946 000" + n)
                                      .companyName(text)
                                      .jobTitle(text)
                                      .website("lead" + n + ".example")
                                      .country("PT")
                                      .customField("interest", text(interest))
                                      .build(),
                                  Attribution.of(LeadSource.WEB_FORM)
                                      .withCampaign(text)
                                      .withUtm(text, "email", text, null, text),
                                  UserId.of("olivia"));
                      return n % 2 == 0 ? from.leads().connect(lead) : lead;
                    });
                from.leads()
                    .capture(
                        LeadDetails.builder().name("Plain" + n, "").build(),
                        Attribution.of(LeadSource.IMPORT),
                        UserId.of("olivia"));
              }
              checkRoundTrip(
                  report, texts, from, tenant(), RecordKind.LEADS, CsvRoundTripProperties::leads);
            });
    report.assertNoFailures();
  }

  private static List<String> leads(Crm crm) {
    return crm.leads().search(LeadQuery.all(), PageRequest.first(1_000)).items().stream()
        .map(l -> l.details() + " " + l.attribution() + " " + l.owner() + " " + l.status())
        .sorted()
        .toList();
  }

  @Test
  void dealsReadBackEqual() {
    FuzzReport report = REPORT.part();
    qt().withExamples(60)
        .forAll(lists().of(line()).ofSizeBetween(1, 4), lines())
        .checkAssert(
            (texts, memo) -> {
              Crm from = tenant();
              references(from);
              Pipeline sales = from.pipelines().list().get(0);
              Map<String, ContactId> people = new java.util.HashMap<>();
              emails(from).forEach((id, email) -> people.put(email, id));
              for (int i = 0; i < texts.size(); i++) {
                String text = texts.get(i);
                int n = i;
                accepted(
                    () -> {
                      Deal deal =
                          from.deals()
                              .open(
                                  sales.id(),
                                  sales.stages().get(n % 2).id(),
                                  DealDetails.builder()
                                      .name(text)
                                      .amount(new BigDecimal("1234.5" + n), "EUR")
                                      .expectedCloseDate(LocalDate.of(2026, 4, 1 + n))
                                      .company(companyByDomain(from, "initech.com"))
                                      .contact(people.get("ana@example.com"), DealRole.CHAMPION)
                                      .contact(people.get("bo@example.com"), DealRole.USER)
                                      .source(text)
                                      .customField("memo", text(memo))
                                      .build(),
                                  UserId.of("olivia"));
                      return n == 2
                          ? from.deals().lose(deal, "price")
                          : n == 3 ? from.deals().win(deal) : deal;
                    });
                from.deals()
                    .open(
                        sales.id(),
                        DealDetails.builder().name("Plain " + n).build(),
                        UserId.of("olivia"));
              }
              Crm to = tenant();
              references(to);
              checkRoundTrip(
                  report, texts, from, to, RecordKind.DEALS, CsvRoundTripProperties::deals);
            });
    report.assertNoFailures();
  }

  private static List<String> deals(Crm crm) {
    Map<CompanyId, String> domains = domains(crm);
    Map<ContactId, String> emails = emails(crm);
    return crm.deals().search(DealQuery.all(), PageRequest.first(1_000)).items().stream()
        .map(
            d ->
                d.details().name()
                    + "|"
                    + d.details().amount()
                    + "|"
                    + d.details().expectedCloseDate()
                    + "|"
                    + domains.get(d.details().company())
                    + "|"
                    + d.details().contacts().stream()
                        .map(c -> c.role() + ":" + emails.get(c.contact()))
                        .sorted()
                        .toList()
                    + "|"
                    + d.details().source()
                    + "|"
                    + d.details().customFields()
                    + "|"
                    + d.details().forecastOverride()
                    + "|"
                    + d.stage().name()
                    + "|"
                    + d.owner()
                    + "|"
                    + d.lostReason())
        .sorted()
        .toList();
  }

  @Test
  void activitiesReadBackEqual() {
    FuzzReport report = REPORT.part();
    qt().withExamples(60)
        .forAll(lists().of(line()).ofSizeBetween(1, 4), lines())
        .checkAssert(
            (texts, body) -> {
              Crm from = tenant();
              references(from);
              Map<String, ContactId> people = new java.util.HashMap<>();
              emails(from).forEach((id, email) -> people.put(email, id));
              CompanyId acme = companyByDomain(from, "acme.com");
              Instant at = Instant.parse("2026-02-01T10:15:30.123Z");
              for (int i = 0; i < texts.size(); i++) {
                String text = texts.get(i);
                int n = i;
                ActivityDetails details =
                    switch (n % 4) {
                      case 0 -> new ActivityDetails.Note();
                      case 1 ->
                          new ActivityDetails.Call(
                              Direction.INBOUND,
                              CallOutcome.LEFT_VOICEMAIL,
                              Duration.ofSeconds(95));
                      case 2 ->
                          new ActivityDetails.Email(Direction.OUTBOUND, "<m" + n + "@example.com>");
                      default -> new ActivityDetails.Meeting(at.plusSeconds(3_600), text);
                    };
                accepted(
                    () ->
                        from.timeline()
                            .log(
                                ActivityEntry.of(details)
                                    .at(at.plusSeconds(n))
                                    .subject(text)
                                    .body(body)
                                    .about(people.get("ana@example.com"))
                                    .about(people.get("bo@example.com"))
                                    .about(acme)));
                accepted(
                    () ->
                        from.timeline()
                            .log(
                                ActivityEntry.of(new ActivityDetails.Note())
                                    .subject(text)
                                    .about(acme)));
              }
              Crm to = tenant();
              references(to);
              checkRoundTrip(
                  report,
                  List.of(texts, body),
                  from,
                  to,
                  RecordKind.ACTIVITIES,
                  CsvRoundTripProperties::activities);
            });
    report.assertNoFailures();
  }

  private static List<String> activities(Crm crm) {
    Map<CompanyId, String> domains = domains(crm);
    Map<ContactId, String> emails = emails(crm);
    List<Activity> all = new ArrayList<>();
    for (CompanyId company : domains.keySet()) {
      all.addAll(crm.timeline().forCompany(company, PageRequest.first(1_000)).items());
    }
    return all.stream()
        .map(
            a ->
                a.entry().details()
                    + "|"
                    + a.occurredAt()
                    + "|"
                    + a.entry().subject()
                    + "|"
                    + a.entry().body()
                    + "|"
                    + a.entry().contacts().stream().map(emails::get).sorted().toList()
                    + "|"
                    + a.entry().companies().stream().map(domains::get).sorted().toList())
        .sorted(Comparator.naturalOrder())
        .toList();
  }
}
