package io.crmkit.core.merge;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * How many records a merge re-parents from the merged records to the survivor, by kind: what a
 * preview announces and a merge reports.
 *
 * @param activities timeline activities that concerned a merged record
 * @param tasks tasks about a merged record
 * @param deals deals with a merged record as a contact (any role) or as their company
 * @param leads leads converted into a merged record
 * @param contacts contacts linked to a merged company
 * @param companies companies whose parent was a merged company
 * @param others records of modules beyond the core (static list memberships, scores)
 * @since 0.1
 */
public record MergeCounts(
    int activities, int tasks, int deals, int leads, int contacts, int companies, int others) {

  public MergeCounts {
    checkArgument(
        activities >= 0
            && tasks >= 0
            && deals >= 0
            && leads >= 0
            && contacts >= 0
            && companies >= 0
            && others >= 0,
        "counts must not be negative");
  }

  /** Returns the counts of a merge that re-parents nothing. */
  public static MergeCounts none() {
    return new MergeCounts(0, 0, 0, 0, 0, 0, 0);
  }

  /** Returns the number of records re-parented, of every kind. */
  public int total() {
    return activities + tasks + deals + leads + contacts + companies + others;
  }

  /** Returns the sum of these counts and {@code other}. */
  public MergeCounts plus(MergeCounts other) {
    return new MergeCounts(
        activities + other.activities,
        tasks + other.tasks,
        deals + other.deals,
        leads + other.leads,
        contacts + other.contacts,
        companies + other.companies,
        others + other.others);
  }
}
