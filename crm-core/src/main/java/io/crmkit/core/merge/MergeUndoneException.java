package io.crmkit.core.merge;

import io.crmkit.core.CrmException;
import java.time.Instant;

/**
 * An unmerge was asked of a merge that was undone already: a merge is undone at most once.
 *
 * @since 0.1
 */
public final class MergeUndoneException extends CrmException {

  private static final long serialVersionUID = 1L;

  private final String mergeId;

  /**
   * @param mergeId the merge
   * @param undoneAt when it was undone
   */
  public MergeUndoneException(MergeId mergeId, Instant undoneAt) {
    super("merge " + mergeId + " was undone already, at " + undoneAt);
    this.mergeId = mergeId.toString();
  }

  /** Returns the merge's id. */
  public MergeId mergeId() {
    return MergeId.parse(mergeId);
  }
}
