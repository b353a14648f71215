package io.crmkit.core.automation;

/**
 * What one call of {@link AutomationService#runDue()} did: the items it performed, those that
 * failed, and the batches (units of work) it took.
 *
 * @param done items performed
 * @param failed items whose work threw, marked failed
 * @param batches units of work that claimed at least one item
 * @since 0.1
 */
public record DueRun(int done, int failed, int batches) {

  /** Returns the number of items this run finished, done or failed. */
  public int finished() {
    return done + failed;
  }
}
