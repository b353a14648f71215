package io.crmkit.core.automation;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * An assignment rule: who gets a new lead, deal or ticket. The first territory whose condition the
 * record passes chooses the team; members marked away, and members at their capacity of open
 * records, are passed over; the method picks one of the others.
 *
 * <pre>{@code
 * crm.automation().define(new AssignmentRule(
 *     "inbound", List.of(Territory.everyone("sales", ana, bob)), AssignmentMethod.ROUND_ROBIN, 40));
 * crm.automation().assign("inbound", RecordRef.of(RecordType.LEAD, lead.id()));
 * }</pre>
 *
 * @param name 1 to 60 lower-case letters, digits and hyphens; unique in the tenant
 * @param territories the teams in the order they are tried, 1 to 50
 * @param method how a member of the team is picked
 * @param capacity the most open records of the kind assigned a member may hold, 1 to 100,000, or 0
 *     for no limit
 * @since 0.1
 */
public record AssignmentRule(
    String name, List<Territory> territories, AssignmentMethod method, int capacity) {

  /**
   * @throws IllegalArgumentException if a value is out of range
   */
  public AssignmentRule {
    RuleNames.name("rule name", name);
    requireNonNull(method, "method");
    territories = List.copyOf(territories);
    checkArgument(
        !territories.isEmpty() && territories.size() <= 50,
        "an assignment rule has 1 to 50 territories: %s",
        territories.size());
    checkArgument(
        capacity >= 0 && capacity <= 100_000, "capacity must be 0 to 100000: %s", capacity);
  }
}
