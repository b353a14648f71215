package io.crmkit.core.importing;

import java.util.List;

/**
 * What an import did: how many rows created or updated records, and every row it refused with its
 * reasons.
 *
 * @param created rows that created a record
 * @param updated rows that updated an existing record
 * @param rejected rows refused, in source order
 * @param written whether anything was written; false when the import ran all-or-nothing and a row
 *     was refused
 * @since 0.1
 */
public record ImportReport(int created, int updated, List<RejectedRow> rejected, boolean written) {

  /** Creates an {@code ImportReport}, checking its components as the type's comment describes. */
  public ImportReport {
    rejected = List.copyOf(rejected);
  }

  /** Returns the number of rows read. */
  public int rows() {
    return created + updated + rejected.size();
  }
}
