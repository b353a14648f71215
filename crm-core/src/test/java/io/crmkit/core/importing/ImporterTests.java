package io.crmkit.core.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import io.crmkit.core.Crm;
import io.crmkit.core.DomainEvent;
import io.crmkit.core.ExternalId;
import io.crmkit.core.FieldError;
import io.crmkit.core.PageRequest;
import io.crmkit.core.RecordType;
import io.crmkit.core.TenantId;
import io.crmkit.core.UserId;
import io.crmkit.core.company.Company;
import io.crmkit.core.company.CompanyDetails;
import io.crmkit.core.contact.Contact;
import io.crmkit.core.contact.ContactDetails;
import io.crmkit.core.contact.ContactEvent;
import io.crmkit.core.contact.ContactQuery;
import io.crmkit.core.contactpoint.EmailAddress;
import io.crmkit.core.customfield.CustomFieldDefinition;
import io.crmkit.core.customfield.CustomFieldValue;
import io.crmkit.core.fixtures.ForwardingContactRepository;
import io.crmkit.core.fixtures.RecordingPublisher;
import io.crmkit.core.fixtures.StorageWithContacts;
import io.crmkit.core.fixtures.TestClock;
import io.crmkit.core.memory.InMemoryCrmStorage;
import io.crmkit.core.party.LifecycleStage;
import io.crmkit.core.spi.ContactRepository;
import io.crmkit.core.spi.CrmStorage;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ImporterTests {

  private final RecordingPublisher events = new RecordingPublisher();
  private final Crm crm = Crm.builder().clock(TestClock.atStart()).eventPublisher(events).build();

  @Test
  void importsValidRowsWithAllTheirColumns() {
    crm.customFields().define(CustomFieldDefinition.number(RecordType.CONTACT, "seats", "Seats"));
    Company acme =
        crm.companies().create(CompanyDetails.builder().name("Acme").domain("acme.com").build());

    ImportReport report =
        crm.importer()
            .contacts(
                List.of(
                    row(
                        2,
                        Map.of(
                            "given_name",
                            "Ana",
                            "family_name",
                            "Lima",
                            "email",
                            "Ana@Acme.com",
                            "phone",
                            "030 901820",
                            "tags",
                            "vip; fair-2026",
                            "owner",
                            "tom",
                            "lifecycle_stage",
                            "customer",
                            "external_id",
                            "erp:C-1",
                            "company_domain",
                            "acme.com",
                            "custom.seats",
                            "12"))),
                ImportOptions.allOrNothing().withRegion("DE"));

    assertThat(report).isEqualTo(new ImportReport(1, 0, List.of(), true));
    Contact ana = crm.contacts().findByEmail(EmailAddress.of("ana@acme.com")).orElseThrow();
    assertThat(ana.details().phones()).extracting(p -> p.e164()).containsExactly("+4930901820");
    assertThat(ana.details().tags())
        .extracting(Object::toString)
        .containsExactly("fair-2026", "vip");
    assertThat(ana.owner()).isEqualTo(UserId.of("tom"));
    assertThat(ana.lifecycleStage()).isEqualTo(LifecycleStage.CUSTOMER);
    assertThat(ana.details().primaryCompany()).contains(acme.id());
    assertThat(ana.details().customFields().get("seats")).contains(CustomFieldValue.Number.of(12));
  }

  @Test
  void linksEveryRowOfACompanyDomainAndRefusesRowsWithoutARequiredCustomField() {
    crm.customFields()
        .define(
            CustomFieldDefinition.number(RecordType.CONTACT, "seats", "Seats").withRequired(true));
    Company acme =
        crm.companies().create(CompanyDetails.builder().name("Acme").domain("acme.com").build());
    List<ImportRow> rows =
        List.of(
            row(2, Map.of("given_name", "Ana", "company_domain", "acme.com", "custom.seats", "3")),
            row(3, Map.of("given_name", "Bo", "company_domain", "ACME.com", "custom.seats", "5")),
            row(4, Map.of("given_name", "Cy", "company_domain", "acme.com")));

    ImportReport report = crm.importer().contacts(rows, ImportOptions.validRows());

    assertThat(report.created()).isEqualTo(2);
    assertThat(report.rejected()).extracting(RejectedRow::line).containsExactly(4);
    assertThat(report.rejected().get(0).errors())
        .extracting(FieldError::field)
        .containsExactly("custom.seats");
    assertThat(
            crm.contacts()
                .search(ContactQuery.all().withCompany(acme.id()), PageRequest.first(10))
                .items())
        .extracting(contact -> contact.details().name().given())
        .containsExactlyInAnyOrder("Ana", "Bo");
  }

  @Test
  void reportsEveryBadFieldOfEveryRowAndWritesNothingInAllOrNothingMode() {
    List<ImportRow> rows =
        List.of(
            row(2, Map.of("given_name", "Ana", "email", "ana@example.com")),
            row(
                3,
                Map.of(
                    "given_name",
                    "Bo",
                    "email",
                    "bo@@example",
                    "phone",
                    "12",
                    "lifecycle_stage",
                    "vip")),
            row(4, Map.of("email", "cy@example.com")),
            row(5, Map.of("given_name", "Ana again", "email", "ANA@example.com")));

    ImportReport report = crm.importer().contacts(rows, ImportOptions.allOrNothing());

    assertThat(report.written()).isFalse();
    assertThat(report.created()).isZero();
    assertThat(report.rejected()).extracting(RejectedRow::line).containsExactly(3, 4, 5);
    assertThat(report.rejected().get(0).errors())
        .extracting(FieldError::field)
        .containsExactlyInAnyOrder("email", "phone", "lifecycle_stage");
    assertThat(report.rejected().get(0).toString())
        .contains("line 3", "bo@@example", "'12'", "'vip'");
    assertThat(report.rejected().get(1).errors())
        .extracting(FieldError::field)
        .containsExactly("given_name");
    assertThat(report.rejected().get(2).toString()).contains("repeats line 2");
    assertThat(crm.contacts().count()).isZero();
    assertThat(events.events()).isEmpty();
  }

  @Test
  void writesTheValidRowsInValidRowsMode() {
    List<ImportRow> rows =
        List.of(
            row(2, Map.of("given_name", "Ana", "email", "ana@example.com")),
            row(3, Map.of("given_name", "Bo", "email", "nope")));

    ImportReport report = crm.importer().contacts(rows, ImportOptions.validRows());

    assertThat(report.created()).isEqualTo(1);
    assertThat(report.rejected()).extracting(RejectedRow::line).containsExactly(3);
    assertThat(report.rows()).isEqualTo(2);
    assertThat(crm.contacts().count()).isEqualTo(1);
    assertThat(events.batches()).hasSize(1);
  }

  @Test
  void refusesOrUpdatesRowsThatMatchExistingContacts() {
    Contact ana =
        crm.contacts()
            .create(ContactDetails.builder().name("Ana", "Lima").email("ana@example.com").build());
    List<ImportRow> rows =
        List.of(
            row(
                2,
                Map.of(
                    "given_name",
                    "Ana",
                    "family_name",
                    "Lima",
                    "email",
                    "ana@example.com",
                    "job_title",
                    "CTO")));

    ImportReport refused = crm.importer().contacts(rows, ImportOptions.allOrNothing());
    ImportReport updated =
        crm.importer().contacts(rows, ImportOptions.allOrNothing().updatingExisting());

    assertThat(refused.rejected())
        .singleElement()
        .asString()
        .contains("belongs to existing contact " + ana.id());
    assertThat(updated).isEqualTo(new ImportReport(0, 1, List.of(), true));
    assertThat(crm.contacts().get(ana.id()).details().jobTitle()).isEqualTo("CTO");
  }

  @Test
  void refusesARowWhoseExternalIdAndEmailMatchDifferentContactsAndWritesTheOthers() {
    Contact byKey =
        crm.contacts()
            .create(
                ContactDetails.builder()
                    .name("Ana", "Lima")
                    .email("ana@example.com")
                    .externalId("erp", "A-1")
                    .build());
    Contact byEmail =
        crm.contacts()
            .create(ContactDetails.builder().name("Bo", "Reis").email("bo@example.com").build());
    List<ImportRow> rows =
        List.of(
            row(
                2,
                Map.of("given_name", "Ana", "email", "bo@example.com", "external_id", "erp:A-1")),
            row(3, Map.of("given_name", "Cy", "email", "cy@example.com")));

    ImportReport report =
        crm.importer().contacts(rows, ImportOptions.validRows().updatingExisting());

    assertThat(report.created()).isEqualTo(1);
    assertThat(report.updated()).isZero();
    assertThat(report.rejected()).extracting(RejectedRow::line).containsExactly(2);
    assertThat(report.rejected().get(0).toString())
        .contains(
            byKey.id().toString(),
            byEmail.id().toString(),
            "external_id erp:A-1",
            "email bo@example.com");
    assertThat(crm.contacts().get(byKey.id())).isEqualTo(byKey);
    assertThat(crm.contacts().get(byEmail.id())).isEqualTo(byEmail);
    assertThat(crm.contacts().findByEmail(EmailAddress.of("cy@example.com"))).isPresent();
  }

  @Test
  void namesTheColumnTheUserWroteInEveryError() {
    crm.customFields().define(CustomFieldDefinition.number(RecordType.CONTACT, "seats", "Seats"));

    ImportReport report =
        crm.importer()
            .contacts(
                List.of(
                    row(
                        2,
                        Map.of(
                            "given_name",
                            "Ana",
                            "email",
                            "nope",
                            "job_title",
                            "x".repeat(300),
                            "custom.seats",
                            "many"))),
                ImportOptions.validRows());

    assertThat(report.rejected().get(0).errors())
        .extracting(FieldError::field)
        .containsExactlyInAnyOrder("email", "job_title", "custom.seats");
  }

  @Test
  void refusesUnknownColumnsBeforeReadingAnyRow() {
    assertThatThrownBy(
            () ->
                crm.importer()
                    .contacts(
                        List.of(
                            row(2, Map.of("given_name", "Ana", "fax", "1", "custom.nope", "x"))),
                        ImportOptions.validRows()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("[custom.nope, fax]");
    assertThat(crm.contacts().count()).isZero();
  }

  @Test
  void refusesAnUnknownCompanyDomainAndABadExternalId() {
    ImportReport report =
        crm.importer()
            .contacts(
                List.of(
                    row(
                        7,
                        Map.of(
                            "given_name",
                            "Ana",
                            "company_domain",
                            "nowhere.example",
                            "external_id",
                            "C-1"))),
                ImportOptions.validRows());

    assertThat(report.rejected())
        .singleElement()
        .satisfies(
            rejected -> {
              assertThat(rejected.line()).isEqualTo(7);
              assertThat(rejected.errors())
                  .extracting(FieldError::field)
                  .containsExactlyInAnyOrder("company_domain", "external_id");
            });
  }

  @Test
  void createsTheNewRowsAndUpdatesTheMatchedOnesInOneUnitRaisingTheEventsOfEach() {
    Contact ana =
        crm.contacts()
            .create(ContactDetails.builder().name("Ana", "Lima").email("ana@example.com").build());
    Contact bruno =
        crm.contacts()
            .create(
                ContactDetails.builder()
                    .name("Bruno", "Costa")
                    .email("bruno@example.com")
                    .externalId("erp", "B-1")
                    .build());
    int before = events.batches().size();
    List<ImportRow> rows =
        List.of(
            row(2, Map.of("given_name", "Carla", "email", "carla@example.com")),
            row(3, Map.of("given_name", "Ana", "email", "ana@example.com", "job_title", "CTO")),
            row(
                4,
                Map.of(
                    "given_name",
                    "Bruno",
                    "email",
                    "bruno@costa.example",
                    "external_id",
                    "erp:B-1",
                    "lifecycle_stage",
                    "customer")),
            row(5, Map.of("given_name", "Dora", "email", "dora@example.com", "owner", "tom")));

    ImportReport report =
        crm.importer().contacts(rows, ImportOptions.allOrNothing().updatingExisting());

    assertThat(report).isEqualTo(new ImportReport(2, 2, List.of(), true));
    Contact carla = crm.contacts().findByEmail(EmailAddress.of("carla@example.com")).orElseThrow();
    Contact dora = crm.contacts().findByEmail(EmailAddress.of("dora@example.com")).orElseThrow();
    assertThat(dora.owner()).isEqualTo(UserId.of("tom"));
    assertThat(crm.contacts().get(ana.id()).details().jobTitle()).isEqualTo("CTO");
    Contact movedBruno = crm.contacts().get(bruno.id());
    assertThat(movedBruno.details().primaryEmail())
        .hasValueSatisfying(email -> assertThat(email.value()).isEqualTo("bruno@costa.example"));
    assertThat(movedBruno.lifecycleStage()).isEqualTo(LifecycleStage.CUSTOMER);
    assertThat(crm.contacts().count()).isEqualTo(4);
    assertThat(events.batches()).hasSize(before + 1);
    assertThat(events.batches().get(before))
        .extracting(event -> event.getClass().getSimpleName() + " " + contactOf(event))
        .containsExactly(
            "ContactCreated " + carla.id(),
            "ContactCreated " + dora.id(),
            "ContactUpdated " + ana.id(),
            "ContactUpdated " + bruno.id(),
            "ContactLifecycleStageChanged " + bruno.id());
  }

  @Test
  void looksUpTheExistingContactsOfAllRowsWithOneCallPerKindOfKey() {
    CrmStorage stored = InMemoryCrmStorage.create();
    Map<String, Integer> calls = new java.util.TreeMap<>();
    ContactRepository counted =
        new ForwardingContactRepository(stored.contacts()) {
          @Override
          public Optional<Contact> findByPrimaryEmail(TenantId tenant, EmailAddress email) {
            calls.merge("findByPrimaryEmail", 1, Integer::sum);
            return stored().findByPrimaryEmail(tenant, email);
          }

          @Override
          public Optional<Contact> findByExternalId(TenantId tenant, ExternalId externalId) {
            calls.merge("findByExternalId", 1, Integer::sum);
            return stored().findByExternalId(tenant, externalId);
          }

          @Override
          public List<Contact> findByPrimaryEmails(
              TenantId tenant, Collection<EmailAddress> emails) {
            calls.merge("findByPrimaryEmails", 1, Integer::sum);
            return stored().findByPrimaryEmails(tenant, emails);
          }

          @Override
          public List<Contact> findByExternalIds(
              TenantId tenant, Collection<ExternalId> externalIds) {
            calls.merge("findByExternalIds", 1, Integer::sum);
            return stored().findByExternalIds(tenant, externalIds);
          }
        };
    Crm counting =
        Crm.builder()
            .clock(TestClock.atStart())
            .storage(new StorageWithContacts(stored, counted))
            .build();
    Contact ana =
        counting
            .contacts()
            .create(ContactDetails.builder().name("Ana", "Lima").email("ana@example.com").build());
    List<ImportRow> rows = new ArrayList<>();
    for (int line = 2; line < 12; line++) {
      rows.add(
          row(
              line,
              Map.of(
                  "given_name",
                  "P" + line,
                  "email",
                  "p" + line + "@example.com",
                  "external_id",
                  "erp:P" + line)));
    }
    rows.add(row(12, Map.of("given_name", "Ana", "email", "ana@example.com")));

    ImportReport report = counting.importer().contacts(rows, ImportOptions.validRows());

    assertThat(report.created()).isEqualTo(10);
    assertThat(report.rejected())
        .singleElement()
        .asString()
        .isEqualTo("line 12: email 'ana@example.com': belongs to existing contact " + ana.id());
    assertThat(calls)
        .containsExactly(entry("findByExternalIds", 1), entry("findByPrimaryEmails", 1));
  }

  @Test
  void refusesADecimalCellOfTwoHundredThousandDigitsAsARowError() {
    // one cell of "1." and 200,000 zeros took 14 s of CPU and was then accepted
    crm.customFields().define(CustomFieldDefinition.decimal(RecordType.CONTACT, "size", "Size"));
    String hostile = "1." + "0".repeat(200_000);

    ImportReport report =
        crm.importer()
            .contacts(
                List.of(
                    row(2, Map.of("given_name", "Ana", "custom.size", hostile)),
                    row(3, Map.of("given_name", "Bo", "custom.size", "2.5"))),
                ImportOptions.validRows());

    assertThat(report.created()).isEqualTo(1);
    assertThat(report.rejected()).extracting(RejectedRow::line).containsExactly(2);
    FieldError error = report.rejected().get(0).errors().get(0);
    assertThat(error.field()).isEqualTo("custom.size");
    assertThat(error.value()).hasSizeLessThan(100);
    assertThat(report.rejected().get(0).toString()).hasSizeLessThan(400);
  }

  private static Object contactOf(DomainEvent event) {
    return ((ContactEvent) event).contactId();
  }

  private static ImportRow row(int line, Map<String, String> values) {
    return ImportRow.of(line, values);
  }
}
