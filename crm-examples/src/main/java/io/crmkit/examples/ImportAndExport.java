package io.crmkit.examples;

import io.crmkit.core.Crm;
import io.crmkit.core.contact.ContactDetails;
import io.crmkit.core.importing.ImportReport;
import io.crmkit.core.importing.RejectedRow;
import io.crmkit.interchange.CsvImportOptions;
import io.crmkit.interchange.CsvInterchange;
import io.crmkit.interchange.RecordKind;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.Map;

/**
 * Importing a spreadsheet's contacts with its own column names, a dry run first, then the real
 * import that upserts by email; and an export that a spreadsheet opens without running a formula.
 *
 * @since 0.1
 */
public final class ImportAndExport {

  private ImportAndExport() {}

  /** Imports four rows of another system's file, then exports the tenant's contacts. */
  public static void main(String[] args) {
    Crm crm = Crm.inMemory();
    crm.contacts()
        .create(ContactDetails.builder().name("Ana", "Lima").email("ana@example.com").build());
    CsvInterchange csv = CsvInterchange.on(crm);

    String file =
        """
        First name,Last name,E-mail,Title
        Ana,Lima,ana@example.com,CTO
        Bo,Berg,bo@example.com,"Head of Sales, EMEA"
        Cy,,cy@@example,Buyer
        Dee,Ode,dee@example.com,=1+2
        """;
    CsvImportOptions options =
        CsvImportOptions.validRows()
            .upserting()
            .mapping(
                Map.of(
                    "First name", "given_name",
                    "Last name", "family_name",
                    "E-mail", "email",
                    "Title", "job_title"));

    ImportReport dryRun =
        csv.importCsv(RecordKind.CONTACTS, new StringReader(file), options.asDryRun());
    System.out.println(
        "dry run: "
            + dryRun.created()
            + " new, "
            + dryRun.updated()
            + " updated, "
            + dryRun.rejected().size()
            + " refused, "
            + crm.contacts().count()
            + " stored");

    ImportReport report = csv.importCsv(RecordKind.CONTACTS, new StringReader(file), options);
    System.out.println(
        "import: "
            + report.created()
            + " new, "
            + report.updated()
            + " updated, "
            + crm.contacts().count()
            + " stored");
    for (RejectedRow row : report.rejected()) {
      System.out.println("refused " + row);
    }

    StringWriter out = new StringWriter();
    csv.exportCsv(RecordKind.CONTACTS, out);
    out.toString()
        .lines()
        .filter(line -> line.startsWith("given_name") || line.startsWith("Dee"))
        .forEach(System.out::println);
  }
}
