package io.crmkit.core.automation;

import io.crmkit.core.Crm;

/**
 * The performer of one kind of due work: the CRM's workflow rules are one, and a host (or a later
 * feature, such as sequences) adds its own with {@code CrmBuilder.dueWork}.
 *
 * <p>{@link #perform} runs inside the unit of work that marks the item done: the writes it makes
 * through the {@link Crm} it is given commit with that mark or not at all, so each of them happens
 * once per idempotency key. A call outside the CRM (a webhook, a message) cannot join the unit; it
 * should carry the item's key so that the receiver can drop a repeat, since a unit that fails after
 * the call is tried again.
 *
 * @since 0.1
 */
public interface DueWork {

  /** Returns the kind of work this performs. */
  DueKind kind();

  /**
   * Performs {@code item}, which is due. Throwing undoes the unit of work; the item is then tried
   * alone and marked {@link DueState#FAILED} with the exception's message if it throws again.
   *
   * @param item the pending item, never null
   * @param crm the CRM opened for the item's tenant, whose commands join the unit
   * @return what was done, in a few words, kept as the item's outcome
   */
  String perform(DueItem item, Crm crm);

  /**
   * Returns whether {@link #perform} hands something to a system outside the database that cannot
   * be taken back, such as a message to a gateway. Items of such work run each in a unit of work of
   * its own, so that another item's failure never undoes, and so never repeats, their call; other
   * items share a unit per batch. False unless overridden.
   */
  default boolean leavesTheDatabase() {
    return false;
  }
}
