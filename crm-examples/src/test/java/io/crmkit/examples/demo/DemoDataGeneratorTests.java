package io.crmkit.examples.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.Crm;
import io.crmkit.core.company.CompanyDetails;
import io.crmkit.core.importing.ImportOptions;
import io.crmkit.core.importing.ImportReport;
import io.crmkit.core.importing.ImportRow;
import io.crmkit.core.importing.RejectedRow;
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
        .anyMatch(text -> text.contains("emails[0]"));
    assertThat(report.rejected())
        .map(RejectedRow::toString)
        .anyMatch(text -> text.contains("phones[0]"));
    assertThat(crm.contacts().count()).isEqualTo(report.created());
  }
}
