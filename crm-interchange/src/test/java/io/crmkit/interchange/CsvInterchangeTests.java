package io.crmkit.interchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.Crm;
import io.crmkit.core.FieldError;
import io.crmkit.core.PageRequest;
import io.crmkit.core.RecordType;
import io.crmkit.core.company.Company;
import io.crmkit.core.company.CompanyDetails;
import io.crmkit.core.contact.Contact;
import io.crmkit.core.contact.ContactDetails;
import io.crmkit.core.contact.ContactQuery;
import io.crmkit.core.contactpoint.EmailAddress;
import io.crmkit.core.customfield.CustomFieldDefinition;
import io.crmkit.core.deal.Deal;
import io.crmkit.core.deal.DealQuery;
import io.crmkit.core.deal.PipelinePolicy;
import io.crmkit.core.fixtures.PipelineFixtures;
import io.crmkit.core.fixtures.TestClock;
import io.crmkit.core.importing.ImportReport;
import io.crmkit.core.importing.RejectedRow;
import io.crmkit.core.lead.Lead;
import io.crmkit.core.lead.LeadQuery;
import io.crmkit.core.lead.LeadStatus;
import io.crmkit.core.reason.Reason;
import io.crmkit.core.reason.ReasonCatalogue;
import io.crmkit.core.timeline.Activity;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CsvInterchangeTests {

  private final Crm crm = Crm.builder().clock(TestClock.atStart()).build();
  private final CsvInterchange csv = CsvInterchange.on(crm);

  private ImportReport importing(RecordKind kind, String text, CsvImportOptions options) {
    return csv.importCsv(kind, new StringReader(text), options);
  }

  private String export(RecordKind kind) {
    StringWriter out = new StringWriter();
    csv.exportCsv(kind, out);
    return out.toString();
  }

  @Test
  void exportsAHeaderOfTheImportersColumnsWithCustomFieldsByKey() {
    crm.customFields().define(CustomFieldDefinition.number(RecordType.CONTACT, "seats", "Seats"));
    crm.customFields().define(CustomFieldDefinition.text(RecordType.CONTACT, "region", "Region"));

    assertThat(csv.columns(RecordKind.CONTACTS))
        .startsWith("given_name", "family_name", "email")
        .endsWith("custom.region", "custom.seats");
    assertThat(export(RecordKind.CONTACTS).lines().findFirst().orElseThrow())
        .isEqualTo(String.join(",", csv.columns(RecordKind.CONTACTS)));
  }

  @Test
  void importsContactsThroughAColumnMappingAndNamesTheSourceColumnInErrors() {
    String file = "First name,E-mail\nAna,ana@example.com\nBo,bo@@example\n";

    ImportReport report =
        importing(
            RecordKind.CONTACTS,
            file,
            CsvImportOptions.validRows()
                .mapping(Map.of("First name", "given_name", "E-mail", "email")));

    assertThat(report.created()).isEqualTo(1);
    assertThat(report.rejected()).extracting(RejectedRow::line).containsExactly(3);
    FieldError error = report.rejected().get(0).errors().get(0);
    assertThat(error.field()).isEqualTo("E-mail");
    assertThat(error.value()).isEqualTo("bo@@example");
    assertThat(crm.contacts().findByEmail(EmailAddress.of("ana@example.com"))).isPresent();
  }

  @Test
  void quotesOnlyAShortPrefixOfALongBadValue() {
    String file = "given_name,email\nAna," + "x".repeat(5_000) + "\n";

    ImportReport report = importing(RecordKind.CONTACTS, file, CsvImportOptions.validRows());

    FieldError error = report.rejected().get(0).errors().get(0);
    assertThat(error.field()).isEqualTo("email");
    assertThat(error.value()).hasSizeLessThanOrEqualTo(64);
    assertThat(report.rejected().get(0).toString()).hasSizeLessThan(400);
  }

  @Test
  void refusesUnknownAndRepeatedColumnsBeforeReadingAnyRow() {
    assertThatThrownBy(
            () ->
                importing(
                    RecordKind.CONTACTS, "given_name,fax\nAna,1\n", CsvImportOptions.validRows()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("[fax]");
    assertThatThrownBy(
            () ->
                importing(
                    RecordKind.CONTACTS,
                    "mail,email\nana@example.com,bo@example.com\n",
                    CsvImportOptions.validRows().mapping(Map.of("mail", "email"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("mail and email both hold email");
    assertThat(crm.contacts().count()).isZero();
  }

  @Test
  void writesNothingInAllOrNothingModeWhenARowIsRefusedEvenInAnEarlierBatch() {
    StringBuilder file = new StringBuilder("given_name,email\n");
    for (int i = 0; i < 25; i++) {
      file.append("P").append(i).append(",p").append(i).append("@example.com\n");
    }
    file.append("Bad,not-an-email\n");

    ImportReport report =
        importing(
            RecordKind.CONTACTS, file.toString(), CsvImportOptions.allOrNothing().batchSize(10));

    assertThat(report.written()).isFalse();
    assertThat(report.created()).isEqualTo(25);
    assertThat(report.rejected()).extracting(RejectedRow::line).containsExactly(27);
    assertThat(crm.contacts().count()).isZero();
  }

  @Test
  void countsButWritesNothingInADryRun() {
    ImportReport report =
        importing(
            RecordKind.CONTACTS,
            "given_name,email\nAna,ana@example.com\nBo,nope\n",
            CsvImportOptions.validRows().asDryRun());

    assertThat(report.created()).isEqualTo(1);
    assertThat(report.rejected()).hasSize(1);
    assertThat(report.written()).isFalse();
    assertThat(crm.contacts().count()).isZero();
  }

  @Test
  void upsertsContactsByExternalIdOrEmailAndRefusesThemWithoutUpsert() {
    Contact ana =
        crm.contacts()
            .create(
                ContactDetails.builder()
                    .name("Ana", "Lima")
                    .email("ana@example.com")
                    .externalId("erp", "A-1")
                    .build());
    String file =
        "given_name,family_name,email,external_id,job_title\nAna,Lima,ana@example.com,erp:A-1,CTO\n";

    ImportReport refused = importing(RecordKind.CONTACTS, file, CsvImportOptions.validRows());
    ImportReport upserted =
        importing(RecordKind.CONTACTS, file, CsvImportOptions.validRows().upserting());

    assertThat(refused.rejected().get(0).toString()).contains("belongs to existing contact");
    assertThat(upserted.updated()).isEqualTo(1);
    assertThat(crm.contacts().get(ana.id()).details().jobTitle()).isEqualTo("CTO");
    assertThat(crm.contacts().count()).isEqualTo(1);
  }

  @Test
  void refusesARowWhoseExternalIdAndEmailMatchDifferentContacts() {
    Contact byKey =
        crm.contacts()
            .create(ContactDetails.builder().name("Ana", "").externalId("erp", "A-1").build());
    Contact byEmail =
        crm.contacts()
            .create(ContactDetails.builder().name("Bo", "").email("bo@example.com").build());

    ImportReport report =
        importing(
            RecordKind.CONTACTS,
            "given_name,email,external_id\nAna,bo@example.com,erp:A-1\nCy,cy@example.com,\n",
            CsvImportOptions.validRows().upserting());

    assertThat(report.created()).isEqualTo(1);
    assertThat(report.rejected())
        .singleElement()
        .asString()
        .contains(byKey.id().toString(), byEmail.id().toString());
  }

  @Test
  void upsertsCompaniesByWebDomain() {
    Company acme =
        crm.companies().create(CompanyDetails.builder().name("Acme").domain("acme.com").build());

    ImportReport report =
        importing(
            RecordKind.COMPANIES,
            "name,domain,industry\nAcme Inc,https://www.acme.com,Rockets\nInitech,initech.com,\n",
            CsvImportOptions.allOrNothing().upserting());

    assertThat(report.created()).isEqualTo(1);
    assertThat(report.updated()).isEqualTo(1);
    assertThat(crm.companies().get(acme.id()).details().industry()).isEqualTo("Rockets");
  }

  @Test
  void neutralisesFormulaCellsOnExportAndRestoresThemOnImport() {
    crm.contacts()
        .create(
            ContactDetails.builder()
                .name("=HYPERLINK(\"http://x\")", "'quoted")
                .jobTitle("+1 CEO")
                .email("ana@example.com")
                .build());

    String exported = export(RecordKind.CONTACTS);
    Crm other = Crm.builder().clock(TestClock.atStart()).build();
    ImportReport report =
        CsvInterchange.on(other)
            .importCsv(
                RecordKind.CONTACTS, new StringReader(exported), CsvImportOptions.allOrNothing());

    assertThat(exported).contains("'=HYPERLINK", "''quoted", "'+1 CEO");
    assertThat(report.created()).isEqualTo(1);
    ContactDetails imported =
        other.contacts().findByEmail(EmailAddress.of("ana@example.com")).orElseThrow().details();
    assertThat(imported.name().given()).isEqualTo("=HYPERLINK(\"http://x\")");
    assertThat(imported.name().family()).isEqualTo("'quoted");
    assertThat(imported.jobTitle()).isEqualTo("+1 CEO");
  }

  @Test
  void reportsProgressPerBatchAndReadsNoFurtherThanTheBatchItWrites() {
    int rows = 20_000;
    int batch = 500;
    GeneratedContacts source = new GeneratedContacts(rows);
    List<ImportProgress> progress = new ArrayList<>();
    List<Long> overRead = new ArrayList<>();

    ImportReport report =
        csv.importCsv(
            RecordKind.CONTACTS,
            source,
            CsvImportOptions.validRows()
                .batchSize(batch)
                .onProgress(
                    p -> {
                      progress.add(p);
                      // what was read but not yet imported: one batch and the parser's buffer
                      overRead.add(source.rowsHandedOut() - p.rowsRead());
                    }));

    assertThat(report.created()).isEqualTo(rows);
    assertThat(progress).hasSize(rows / batch);
    assertThat(progress).extracting(ImportProgress::rowsRead).allMatch(n -> n % batch == 0);
    assertThat(overRead).allMatch(n -> n <= batch);
    assertThat(crm.contacts().count()).isEqualTo(rows);
  }

  @Test
  void importsAMillionRowsInBoundedBatches() {
    // every row updates one of a thousand contacts, so the store stays small while the file is long
    int rows = 1_000_000;
    int batch = 1_000;
    GeneratedContacts source = new GeneratedContacts(rows, 1_000);
    long[] batches = {0};
    long[] largestStep = {0};
    long[] lastRead = {0};

    ImportReport report =
        csv.importCsv(
            RecordKind.CONTACTS,
            source,
            CsvImportOptions.validRows()
                .upserting()
                .batchSize(batch)
                .onProgress(
                    p -> {
                      batches[0]++;
                      largestStep[0] = Math.max(largestStep[0], p.rowsRead() - lastRead[0]);
                      lastRead[0] = p.rowsRead();
                      assertThat(source.rowsHandedOut() - p.rowsRead()).isLessThanOrEqualTo(batch);
                    }));

    assertThat(report.rows()).isEqualTo(rows);
    assertThat(report.created()).isEqualTo(1_000);
    assertThat(report.updated()).isEqualTo(rows - 1_000);
    assertThat(batches[0]).isEqualTo(rows / batch);
    assertThat(largestStep[0]).isEqualTo(batch);
    assertThat(crm.contacts().count()).isEqualTo(1_000);
  }

  @Test
  void importsLeadsDealsAndActivitiesThatNameTheirRecordsByNaturalKeys() {
    crm.pipelines().create("Sales", PipelineFixtures.salesStages(), PipelinePolicy.FLEXIBLE);
    crm.reasons().define(ReasonCatalogue.LOST_DEAL, Reason.of("price", "Too expensive"));
    crm.companies().create(CompanyDetails.builder().name("Acme").domain("acme.com").build());
    Contact ana =
        crm.contacts()
            .create(ContactDetails.builder().name("Ana", "").email("ana@example.com").build());

    ImportReport leads =
        importing(
            RecordKind.LEADS,
            "given_name,email,status,source\nBo,bo@example.com,connected,web_form\nCy,,converted,\n",
            CsvImportOptions.validRows());
    ImportReport deals =
        importing(
            RecordKind.DEALS,
            "name,pipeline,stage,amount,currency,company_domain,contacts,lost_reason\n"
                + "Rockets,Sales,Qualified,1200.50,EUR,acme.com,champion:ana@example.com,\n"
                + "Gone,Sales,Lost,,,,,price\n"
                + "Nowhere,Sales,Moon,,,,,\n",
            CsvImportOptions.validRows());
    ImportReport activities =
        importing(
            RecordKind.ACTIVITIES,
            "type,occurred_at,subject,body,contacts,companies,duration\n"
                + "call,2026-03-01T10:00:00Z,Intro,\"Line 1\nLine 2\",ana@example.com,acme.com,PT5M\n"
                + "fax,,,,ana@example.com,,\n",
            CsvImportOptions.validRows());

    assertThat(leads.created()).isEqualTo(1);
    assertThat(leads.rejected().get(0).errors())
        .extracting(FieldError::field)
        .containsExactly("status");
    List<Lead> stored = crm.leads().search(LeadQuery.all(), PageRequest.first(10)).items();
    assertThat(stored).singleElement().extracting(Lead::status).isEqualTo(LeadStatus.CONNECTED);
    assertThat(deals.created()).isEqualTo(2);
    assertThat(deals.rejected()).extracting(RejectedRow::line).containsExactly(4);
    List<Deal> opened = crm.deals().search(DealQuery.all(), PageRequest.first(10)).items();
    assertThat(opened).anySatisfy(deal -> assertThat(deal.isLost()).isTrue());
    assertThat(opened)
        .anySatisfy(
            deal ->
                assertThat(deal.details().contacts())
                    .extracting(c -> c.contact())
                    .containsExactly(ana.id()));
    assertThat(activities.created()).isEqualTo(1);
    assertThat(activities.rejected().get(0).errors())
        .extracting(FieldError::field)
        .containsExactly("type");
    List<Activity> timeline = crm.timeline().forContact(ana.id(), PageRequest.first(10)).items();
    assertThat(timeline)
        .singleElement()
        .satisfies(a -> assertThat(a.entry().body()).isEqualTo("Line 1\nLine 2"));
  }

  @Test
  void refusesAMalformedFileWithTheLineItBrokeAt() {
    assertThatThrownBy(
            () ->
                importing(
                    RecordKind.CONTACTS,
                    "given_name,email\nAna,ana@example.com\n\"Bo,bo@example.com\n",
                    CsvImportOptions.allOrNothing()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("line 2");
    assertThat(crm.contacts().search(ContactQuery.all(), PageRequest.first(1)).items()).isEmpty();
  }

  /** A CSV file of contacts made up while it is read: never held in memory as a whole. */
  static final class GeneratedContacts extends Reader {
    private final int rows;
    private final int distinct;
    private int next = -1;
    private String pending = "";
    private int offset;

    GeneratedContacts(int rows) {
      this(rows, rows);
    }

    GeneratedContacts(int rows, int distinct) {
      this.rows = rows;
      this.distinct = distinct;
    }

    /** Returns how many data rows the reader has handed out, whole or in part. */
    long rowsHandedOut() {
      return Math.max(0, next);
    }

    @Override
    public int read(char[] buffer, int start, int length) {
      if (offset == pending.length()) {
        if (next >= rows) {
          return -1;
        }
        int key = next % distinct;
        pending =
            next < 0
                ? "given_name,family_name,email,external_id\n"
                : "Person " + key + ",Gen,p" + key + "@example.com,gen:" + key + "\n";
        next++;
        offset = 0;
      }
      int count = Math.min(length, pending.length() - offset);
      pending.getChars(offset, offset + count, buffer, start);
      offset += count;
      return count;
    }

    @Override
    public void close() {}
  }
}
