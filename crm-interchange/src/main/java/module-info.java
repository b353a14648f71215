/**
 * crmkit's interchange: import and export of companies, contacts, leads, deals and activities as
 * CSV, streamed in batches through the core's services, reached from an opened CRM through {@link
 * io.crmkit.interchange.CsvInterchange}.
 *
 * <p>Only the API package is exported; {@code io.crmkit.interchange.internal} is implementation.
 *
 * @since 0.1
 */
module io.crmkit.interchange {
  requires transitive io.crmkit.core;
  requires com.google.common;
  requires com.fasterxml.jackson.core;
  requires com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.dataformat.csv;

  exports io.crmkit.interchange;
}
