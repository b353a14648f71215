package io.crmkit.core.automation;

/**
 * How an assignment rule picks one member of the chosen team.
 *
 * @since 0.1
 */
public enum AssignmentMethod {
  /** Each member in turn, in the team's order. */
  ROUND_ROBIN,
  /** In turn, as often as each member's weight says (smooth weighted round robin). */
  WEIGHTED,
  /** The member with the fewest open records of the kind assigned (leads, deals or tickets). */
  LEAST_LOADED
}
