package io.crmkit.core.deal;

/**
 * How freely deals move between the open stages of a pipeline. Moving to the next stage, winning
 * and losing are always allowed; a won or lost deal can always be reopened into any open stage.
 *
 * @param maySkipStages whether a deal may jump forward over stages ("Qualified" to "Negotiation")
 * @param mayMoveBackward whether a deal may go back to an earlier open stage
 * @since 0.1
 */
public record PipelinePolicy(boolean maySkipStages, boolean mayMoveBackward) {

  /** Deals advance one stage at a time and never go back. */
  public static final PipelinePolicy STRICT = new PipelinePolicy(false, false);

  /** Deals may jump forward and go back: the usual setting of small teams. */
  public static final PipelinePolicy FLEXIBLE = new PipelinePolicy(true, true);

  /**
   * Returns whether a deal may move from the open stage at {@code from} to the one at {@code to},
   * both positions among the open stages.
   */
  boolean allows(int from, int to) {
    if (to == from + 1) {
      return true;
    }
    if (to > from + 1) {
      return maySkipStages;
    }
    return to < from && mayMoveBackward;
  }
}
