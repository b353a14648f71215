package io.crmkit.core.automation.internal;

import java.util.function.Supplier;

/**
 * How deep in a chain of rules triggering rules the current thread runs: 0 outside a rule, 1 in a
 * rule a person's change triggered, and so on. The rule runner sets it while a rule acts; the
 * trigger recorder reads it to stop chains at {@link #LIMIT}.
 *
 * <p>The recorder runs once, at the end of the outermost unit of work, after every rule of the unit
 * has acted; so it takes the deepest rule that acted in the unit as the depth of all of the unit's
 * changes. A batch that mixes depths therefore stops a chain early, never late.
 */
public final class RuleDepth {

  /** The deepest chain: a rule that a rule at this depth triggers does not run. */
  public static final int LIMIT = 5;

  /** The depth of the rule acting now, and the deepest that acted since the last unit ended. */
  private final ThreadLocal<int[]> depths = ThreadLocal.withInitial(() -> new int[2]);

  /** Runs {@code work} at {@code depth}, restoring the depth before it afterwards. */
  <T> T at(int depth, Supplier<T> work) {
    int[] now = depths.get();
    int before = now[0];
    now[0] = depth;
    now[1] = Math.max(now[1], depth);
    try {
      return work.get();
    } finally {
      now[0] = before;
    }
  }

  /**
   * Returns the depth of the changes of the unit that is ending (the deepest rule that acted in it)
   * and forgets it.
   */
  int endOfUnit() {
    int[] now = depths.get();
    int deepest = Math.max(now[0], now[1]);
    now[1] = now[0];
    return deepest;
  }
}
