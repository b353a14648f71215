package io.crmkit.core.automation;

import io.crmkit.core.RecordRef;
import io.crmkit.core.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The CRM's due work for one tenant: schedule work for an instant, and run whatever is due.
 *
 * <pre>{@code
 * crm.automation().schedule(DueKind.of("follow-up"), "follow-up:" + lead.id(), inTwoDays, "");
 * // later, on a timer in every host instance:
 * DueRun run = crm.automation().runDue();
 * }</pre>
 *
 * <p>Several threads and host instances may run due work at once on one database: each item is
 * claimed by one of them ({@code SELECT ... FOR UPDATE SKIP LOCKED} on the JPA adapter) and marked
 * done in the unit of work that performs it, so it runs exactly once.
 *
 * @since 0.1
 */
public interface AutomationService {

  /** How many items one unit of work claims at most. */
  int BATCH_SIZE = 100;

  /**
   * Schedules work of {@code kind} for {@code dueAt}, unless the tenant already has work with the
   * idempotency key {@code key} (pending or finished): scheduling is itself idempotent.
   *
   * @param kind which {@link DueWork} performs it, never null; one the CRM was built with
   * @param key the idempotency key, 1 to 200 characters of an identifier
   * @param dueAt when it falls due, never null
   * @param subject what the work needs to know, at most 500 characters of one line
   * @return whether it was scheduled, false if the key was already used
   * @throws IllegalArgumentException if the kind has no performer or a value is not acceptable
   */
  boolean schedule(DueKind kind, String key, Instant dueAt, String subject);

  /**
   * Performs every item due at the clock's current instant, in batches of {@link #BATCH_SIZE}, each
   * batch in a unit of work of its own, until none is left; items that other runners hold are left
   * to them. A second call at the same instant finds nothing to do.
   *
   * @return what was done
   */
  DueRun runDue();

  /** Returns the tenant's item with idempotency key {@code key}. */
  Optional<DueItem> item(String key);

  /**
   * Defines a workflow rule for the tenant, replacing its rule of the same name. Rules are
   * configuration: a host defines them when it starts, in every instance. A rule on a schedule has
   * its first run scheduled here.
   */
  void define(WorkflowRule rule);

  /** Removes the tenant's rule named {@code name}; its pending runs then do not fire. */
  boolean remove(String name);

  /** Returns the tenant's workflow rules, by name. */
  List<WorkflowRule> rules();

  /**
   * Returns what each of the tenant's rules on records would do to {@code record} as it is now,
   * without doing anything: whether its condition holds, and its actions.
   *
   * @throws io.crmkit.core.NotFoundException if the tenant has no such record
   */
  List<RuleVerdict> dryRun(RecordRef record);

  /**
   * Defines an assignment rule for the tenant, replacing its rule of the same name and restarting
   * its rotation. Like workflow rules, assignment rules (and who is away, where each rotation
   * stands, the decisions made) are configuration kept in memory: each host instance keeps its own.
   */
  void define(AssignmentRule rule);

  /** Marks {@code user} away (passed over by every assignment rule) or back. */
  void markAway(UserId user, boolean away);

  /**
   * Gives {@code record}, a lead, deal or ticket, to a member of a team as the assignment rule
   * named {@code rule} decides, and records the decision with its reason. When nobody is free the
   * record keeps its owner and the decision says why.
   *
   * @throws IllegalArgumentException if the tenant has no such rule
   * @throws io.crmkit.core.NotFoundException if the tenant has no such record
   */
  AssignmentDecision assign(String rule, RecordRef record);

  /** Returns the assignment decisions made for {@code record}, oldest first. */
  List<AssignmentDecision> decisions(RecordRef record);

  /**
   * Returns the execution log of {@code record}: every rule run on it, in order of due instant,
   * with why it fired or did not; at most the first 1,000.
   */
  List<RuleExecution> log(RecordRef record);
}
