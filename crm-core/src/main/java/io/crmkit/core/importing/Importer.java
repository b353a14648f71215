package io.crmkit.core.importing;

import java.util.List;
import java.util.Set;

/**
 * The import of records from rows of text (a CSV file, a spreadsheet, another system's export):
 * every row is validated first, rows that repeat an earlier row's email or external id are refused,
 * and then the accepted rows are written in one unit of work, so nothing is half-written.
 *
 * <pre>{@code
 * ImportReport report = crm.importer().contacts(
 *     List.of(ImportRow.of(2, Map.of("given_name", "Ana", "email", "ana@example.com"))),
 *     ImportOptions.allOrNothing());
 * }</pre>
 *
 * <p>Columns: {@code given_name}, {@code family_name}, {@code email}, {@code phone}, {@code
 * job_title}, {@code tags} (separated by {@code ;}), {@code owner}, {@code lifecycle_stage}, {@code
 * external_id} ({@code system:value}), {@code company_domain} (links the contact to the existing
 * company with that web domain) and {@code custom.<key>} for each custom field, in its canonical
 * text. An unknown column refuses the whole import before anything is read.
 *
 * <p>Reached through {@link io.crmkit.core.Crm#importer()}.
 *
 * @since 0.1
 */
public interface Importer {

  /** The columns the importer reads, besides {@code custom.<key>}. */
  Set<String> COLUMNS =
      Set.of(
          "given_name",
          "family_name",
          "email",
          "phone",
          "job_title",
          "tags",
          "owner",
          "lifecycle_stage",
          "external_id",
          "company_domain");

  /**
   * Imports {@code rows}.
   *
   * @param rows the rows, in source order
   * @param options what to do with refused rows, existing contacts and local phone numbers
   * @return what was created, updated and refused
   * @throws IllegalArgumentException if a column is unknown
   */
  ImportReport contacts(List<ImportRow> rows, ImportOptions options);
}
