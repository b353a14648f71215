package io.crmkit.core.automation;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.crmkit.core.UserId;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A team of an assignment rule and the records it takes: the first territory whose condition the
 * record passes chooses the team, whose members share the record out.
 *
 * @param name the team's name, 1 to 60 lower-case letters, digits and hyphens; a ticket goes to the
 *     team of this name
 * @param condition the records this team takes
 * @param members each member with its weight (1 to 100; only {@link AssignmentMethod#WEIGHTED}
 *     reads it), in the team's order; 1 to 500 members
 * @since 0.1
 */
public record Territory(String name, RuleCondition condition, Map<UserId, Integer> members) {

  /**
   * @throws IllegalArgumentException if the name, the number of members or a weight is out of range
   */
  public Territory {
    RuleNames.name("team name", name);
    requireNonNull(condition, "condition");
    checkArgument(
        !members.isEmpty() && members.size() <= 500,
        "a team has 1 to 500 members: %s",
        members.size());
    members.forEach(
        (member, weight) ->
            checkArgument(
                weight >= 1 && weight <= 100,
                "weight of %s must be 1 to 100: %s",
                member.value(),
                weight));
    // keeps the team's order, which round robin follows
    members = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(members));
  }

  /** Returns a team of {@code members} that takes every record, each member of weight 1. */
  public static Territory everyone(String name, UserId... members) {
    Map<UserId, Integer> team = new LinkedHashMap<>();
    for (UserId member : members) {
      team.put(requireNonNull(member, "member"), 1);
    }
    return new Territory(name, RuleCondition.always(), team);
  }
}
