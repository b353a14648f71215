package io.crmkit.interchange;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * How far a running import has come: reported after each batch of rows is checked (and, unless the
 * import is a dry run or has already refused a row in all-or-nothing mode, written).
 *
 * @param rowsRead data rows read so far (the header not counted)
 * @param created rows so far that created, or in a dry run would create, a record
 * @param updated rows so far that updated, or would update, an existing record
 * @param rejected rows refused so far
 * @since 0.1
 */
public record ImportProgress(long rowsRead, long created, long updated, long rejected) {

  public ImportProgress {
    checkArgument(
        rowsRead >= 0 && created >= 0 && updated >= 0 && rejected >= 0,
        "negative progress counts: %s %s %s %s",
        rowsRead,
        created,
        updated,
        rejected);
  }
}
