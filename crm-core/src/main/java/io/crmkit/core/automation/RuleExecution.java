package io.crmkit.core.automation;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One line of a record's automation log: a rule that looked at the record, when, and whether it
 * fired and why (or why not), or that it is still due.
 *
 * @param rule the rule's name
 * @param dueAt when the rule was due to look
 * @param state pending, done (the outcome says whether it fired) or failed
 * @param finishedAt when it looked, or null while pending
 * @param outcome {@code fired: ...} with what it did, {@code not fired: ...} with why, or the
 *     failure; empty while pending
 * @since 0.1
 */
public record RuleExecution(
    String rule, Instant dueAt, DueState state, @Nullable Instant finishedAt, String outcome) {

  public RuleExecution {
    requireNonNull(rule, "rule");
    requireNonNull(dueAt, "dueAt");
    requireNonNull(state, "state");
    requireNonNull(outcome, "outcome");
  }

  /** Returns whether the rule fired. */
  public boolean fired() {
    return state == DueState.DONE && outcome.startsWith("fired");
  }
}
