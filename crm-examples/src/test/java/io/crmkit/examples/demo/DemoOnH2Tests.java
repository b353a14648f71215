package io.crmkit.examples.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.Crm;
import io.crmkit.core.PageRequest;
import io.crmkit.core.ticket.TicketQuery;
import io.crmkit.scoring.CrmAnalytics;
import io.crmkit.scoring.forecast.PipelineSummary;
import io.crmkit.scoring.forecast.ReportingBasis;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the demo on its default storage, an H2 database file migrated with Flyway and reached
 * through the JPA adapter, at a small size, and checks the report's figures against what the CRM
 * reads back from the database.
 */
class DemoOnH2Tests {

  @TempDir Path folder;

  @Test
  void theReportOfARunOnH2ShowsWhatTheDatabaseHolds() throws IOException {
    Path reportPath = folder.resolve("demo.html");
    Files.createDirectories(folder.resolve("db"));
    Files.writeString(folder.resolve("db/crm.mv.db"), "left by an earlier run");
    ByteArrayOutputStream console = new ByteArrayOutputStream();

    try (DemoDatabase database = DemoDatabase.create(folder.resolve("db"))) {
      DemoRun.Finished finished =
          Demo.execute(
              new DemoOptions(300, 5, reportPath, true, false),
              database.storage(),
              Demo.EMBEDDED_H2,
              new PrintStream(console, true, StandardCharsets.UTF_8));
      Document report = Jsoup.parse(Files.readString(reportPath, StandardCharsets.UTF_8));
      Crm crm = finished.crm();
      PipelineSummary open =
          CrmAnalytics.on(crm)
              .pipeline(ReportingBasis.of(DemoRun.EUR, ZoneOffset.UTC))
              .report()
              .pipelines()
              .get(0);

      assertThat(console.toString(StandardCharsets.UTF_8))
          .contains("crmkit demo: 300 contacts, seed 5, embedded H2 storage");
      assertThat(report.text()).contains("embedded H2 storage");
      assertThat(count(report, "companies")).isEqualTo(crm.companies().count()).isEqualTo(30);
      assertThat(count(report, "contacts") + count(report, "rejected")).isEqualTo(300);
      assertThat(count(report, "open-deals")).isEqualTo(open.deals());
      assertThat(count(report, "leads")).isEqualTo(75);
      assertThat(
              Long.parseLong(
                  report
                      .selectFirst("#support-table tr[data-key=tickets] .count")
                      .attr("data-value")))
          .isEqualTo(
              crm.tickets()
                  .search(TicketQuery.all(), PageRequest.first(PageRequest.MAX_SIZE))
                  .items()
                  .size())
          .isEqualTo(finished.results().support().tickets());
      assertThat(crm.tickets().slaPolicies()).containsExactly(ServiceDesk.policy());
      assertThat(count(report, "orders"))
          .isEqualTo(crm.commerce().orders(PageRequest.first(PageRequest.MAX_SIZE)).items().size())
          .isEqualTo(finished.results().shop().orders())
          .isPositive();
      assertThat(database.file()).exists().hasFileName("crm.mv.db");
      assertThat(Files.size(database.file())).isGreaterThan(100_000);
    }
  }

  private static long count(Document report, String key) {
    return Long.parseLong(
        report.selectFirst("#volumes tr[data-key=" + key + "] .count").attr("data-value"));
  }
}
