package io.crmkit.scoring.segment;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import java.util.Set;

/**
 * How the members of a segment or list changed between two evaluations: the ids that entered and
 * the ids that left. The binding turns them into domain events; this type only computes them.
 *
 * @param entered ids in the current membership but not the previous one, never null
 * @param left ids in the previous membership but not the current one, never null
 * @param <I> the id type
 * @since 0.1
 */
public record MembershipDiff<I>(Set<I> entered, Set<I> left) {

  /** Creates a {@code MembershipDiff}, checking its components as the type's comment describes. */
  public MembershipDiff {
    entered = ImmutableSet.copyOf(requireNonNull(entered, "entered"));
    left = ImmutableSet.copyOf(requireNonNull(left, "left"));
  }

  /**
   * Returns the change from {@code previous} to {@code current}. Iteration follows the order of
   * {@code current} for entered ids and of {@code previous} for left ids.
   *
   * @param previous the membership before, never null
   * @param current the membership after, never null
   */
  public static <I> MembershipDiff<I> between(Set<I> previous, Set<I> current) {
    requireNonNull(previous, "previous membership");
    requireNonNull(current, "current membership");
    return new MembershipDiff<>(
        Sets.difference(current, previous), Sets.difference(previous, current));
  }

  /** Whether nobody entered or left. */
  public boolean isEmpty() {
    return entered.isEmpty() && left.isEmpty();
  }
}
