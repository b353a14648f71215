package io.crmkit.core.automation;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.RecordRef;
import io.crmkit.core.UserId;
import java.time.Instant;
import java.util.Optional;

/**
 * What an assignment rule decided for one record, and why: the member it chose (none if every
 * member was away or full) and the reason in words.
 *
 * @param rule the rule's name
 * @param record the record assigned
 * @param assignee the member chosen, or empty if nobody could take it
 * @param reason why, for example {@code team sales, round robin after ana; passed over: bob (away)}
 * @param at when it was decided
 * @since 0.1
 */
public record AssignmentDecision(
    String rule, RecordRef record, Optional<UserId> assignee, String reason, Instant at) {

  public AssignmentDecision {
    requireNonNull(rule, "rule");
    requireNonNull(record, "record");
    requireNonNull(assignee, "assignee");
    requireNonNull(reason, "reason");
    requireNonNull(at, "at");
  }
}
