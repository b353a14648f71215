package io.crmkit.interchange;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.Crm;
import io.crmkit.core.importing.ImportReport;
import io.crmkit.interchange.internal.CsvEngine;
import java.io.Reader;
import java.io.Writer;
import java.util.List;

/**
 * The exchange of a CRM's records with other systems as CSV files: an export of every record of a
 * kind, and an import of such a file, streamed in batches, with a row-level report.
 *
 * <pre>{@code
 * CsvInterchange csv = CsvInterchange.on(crm);
 * csv.exportCsv(RecordKind.CONTACTS, writer);
 * ImportReport report = csv.importCsv(RecordKind.CONTACTS, reader, CsvImportOptions.allOrNothing());
 * }</pre>
 *
 * <p>An export's header is the set of columns the importer reads ({@link #columns}), so a file
 * exported from one tenant imports into another as equal records. Cells are escaped as {@link
 * Escaping} says, so that a spreadsheet never runs one as a formula.
 *
 * <p>An import reads the file once, in batches of {@link CsvImportOptions#batchSize()} rows, and
 * keeps no more than one batch (and the refused rows' errors) in memory. In valid-rows mode every
 * batch is written in a unit of work of its own; in all-or-nothing mode, and in a dry run, the
 * whole import is one unit of work that is undone when a row was refused (or always, in a dry run).
 *
 * @since 0.1
 */
public final class CsvInterchange {

  private final CsvEngine engine;

  private CsvInterchange(Crm crm) {
    this.engine = new CsvEngine(crm);
  }

  /** Returns the CSV import and export of {@code crm}, acting as its tenant and actor. */
  public static CsvInterchange on(Crm crm) {
    return new CsvInterchange(requireNonNull(crm, "crm"));
  }

  /**
   * Returns the columns of {@code kind} in export order: its fixed columns, then {@code
   * custom.<key>} for each of the tenant's custom fields of that kind, by key.
   */
  public List<String> columns(RecordKind kind) {
    return engine.header(kind);
  }

  /**
   * Writes a header and every record of {@code kind} (archived parties excepted) to {@code out},
   * which it flushes but does not close.
   *
   * @return the number of records written
   * @throws java.io.UncheckedIOException if {@code out} fails
   */
  public long exportCsv(RecordKind kind, Writer out) {
    return engine.export(kind, out);
  }

  /**
   * Imports the CSV {@code in} (a header row, then one record per row) as records of {@code kind}.
   * Every cell is checked; a refused row is reported with its line (the header is line 1, and a
   * quoted cell that spans lines is still one line) and errors that name the source column.
   *
   * @return what was created, updated and refused; {@code written} is false after a dry run or an
   *     all-or-nothing import that refused a row
   * @throws IllegalArgumentException before any row is read if the header holds an unknown or a
   *     repeated field; while reading if the file is not well-formed CSV (in valid-rows mode the
   *     batches before stay written)
   */
  public ImportReport importCsv(RecordKind kind, Reader in, CsvImportOptions options) {
    return engine.importCsv(kind, in, options);
  }
}
