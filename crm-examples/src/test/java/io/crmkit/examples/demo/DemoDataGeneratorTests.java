package io.crmkit.examples.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.Crm;
import io.crmkit.core.company.CompanyDetails;
import io.crmkit.core.importing.ImportOptions;
import io.crmkit.core.importing.ImportReport;
import io.crmkit.core.importing.ImportRow;
import io.crmkit.core.importing.RejectedRow;
import io.crmkit.core.lead.LeadSource;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class DemoDataGeneratorTests {

  @Test
  void generatesTheSameDataForTheSameSeed() {
    assertThat(new DemoDataGenerator(7).companies(50))
        .isEqualTo(new DemoDataGenerator(7).companies(50));
    DemoDataGenerator first = new DemoDataGenerator(7);
    DemoDataGenerator second = new DemoDataGenerator(7);
    assertThat(first.contacts(200, first.companies(20)))
        .isEqualTo(second.contacts(200, second.companies(20)));
  }

  @Test
  void generatesRowsThatTheImportMostlyAcceptsAndRefusesForStatedReasons() {
    DemoDataGenerator generator = new DemoDataGenerator(42);
    List<DemoDataGenerator.CompanyRow> companies = generator.companies(100);
    Crm crm = Crm.inMemory();
    companies.forEach(
        c ->
            crm.companies()
                .create(
                    CompanyDetails.builder()
                        .name(c.name())
                        .domain(c.domain())
                        .employees(c.employees())
                        .build()));
    List<ImportRow> rows = generator.contacts(2_000, companies);

    ImportReport report = crm.importer().contacts(rows, ImportOptions.validRows());

    assertThat(report.rows()).isEqualTo(2_000);
    assertThat(report.created()).isBetween(1_800, 1_960);
    assertThat(report.rejected())
        .isNotEmpty()
        .allSatisfy(rejected -> assertThat(rejected.errors()).isNotEmpty());
    assertThat(report.rejected())
        .map(RejectedRow::toString)
        .anyMatch(text -> text.contains("repeats line"));
    assertThat(report.rejected())
        .map(RejectedRow::toString)
        .anyMatch(text -> text.contains(": email "));
    assertThat(report.rejected())
        .map(RejectedRow::toString)
        .anyMatch(text -> text.contains(": phone "));
    assertThat(crm.contacts().count()).isEqualTo(report.created());
  }

  @Test
  void generatesLeadsInOrderOfArrivalFromEverySourceWithDistinctEmails() {
    DemoDataGenerator generator = new DemoDataGenerator(11);
    List<DemoDataGenerator.CompanyRow> companies = generator.companies(30);

    List<DemoDataGenerator.LeadRow> leads = generator.leads(1_000, companies, 365);

    assertThat(leads).hasSize(1_000);
    assertThat(leads)
        .extracting(DemoDataGenerator.LeadRow::day)
        .isSorted()
        .allMatch(day -> day >= 0 && day < 365);
    assertThat(leads).extracting(DemoDataGenerator.LeadRow::email).doesNotHaveDuplicates();
    assertThat(leads)
        .extracting(lead -> lead.campaign().source())
        .containsAll(EnumSet.allOf(LeadSource.class));
    assertThat(leads).extracting(DemoDataGenerator.LeadRow::company).isSubsetOf(companies);
  }
}
