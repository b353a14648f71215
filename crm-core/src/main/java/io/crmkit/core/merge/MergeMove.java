package io.crmkit.core.merge;

import static java.util.Objects.requireNonNull;

/**
 * One link a merge moved from a merged record to the survivor, as the merge journal keeps it so
 * that an unmerge can move it back.
 *
 * @param kind the kind of record that holds the link: {@code activity}, {@code task}, {@code deal},
 *     {@code lead}, {@code contact}, {@code company}, or a module's own kind ({@code static list},
 *     {@code score})
 * @param record the id (or name) of the record that holds the link
 * @param link which of its links moved: {@code contact}, {@code company}, {@code related}, {@code
 *     about}, {@code parent}, {@code member}...
 * @param from the merged record the link named, as text
 * @param survivorWasLinked whether the record already named the survivor, so that the merge only
 *     dropped the link to the merged record
 * @param detail what else an unmerge needs to put the link back as it was (a role, a position), or
 *     empty
 * @since 0.1
 */
public record MergeMove(
    String kind,
    String record,
    String link,
    String from,
    boolean survivorWasLinked,
    String detail) {

  public MergeMove {
    requireNonNull(kind, "kind");
    requireNonNull(record, "record");
    requireNonNull(link, "link");
    requireNonNull(from, "from");
    requireNonNull(detail, "detail");
  }
}
