package io.crmkit.scoring.segment;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSet;
import java.util.Collection;
import java.util.Set;

/**
 * A static list: a named set of subjects (contact ids, of whatever id type the host uses) chosen by
 * hand or by an import, whose members change only when someone adds or removes them, unlike a
 * dynamic segment whose members follow its condition.
 *
 * <p>Immutable: changes return a new list, and {@link #diffTo} says who entered and who left.
 *
 * @param name the list name, 1 to 200 characters, not blank
 * @param members the member ids, never null, no null element; kept in insertion order
 * @param <I> the id type, for example {@code UUID} or a typed contact id
 * @since 0.1
 */
public record StaticList<I>(String name, Set<I> members) {

  /** Creates a {@code StaticList}, checking its components as the type's comment describes. */
  public StaticList {
    requireNonNull(name, "list name");
    checkArgument(
        !name.isBlank() && name.length() <= SegmentExpression.MAX_NAME_LENGTH,
        "list name must be 1 to %s characters and not blank: '%s'",
        SegmentExpression.MAX_NAME_LENGTH,
        name);
    members = ImmutableSet.copyOf(requireNonNull(members, "members"));
  }

  /** Returns an empty list. */
  public static <I> StaticList<I> named(String name) {
    return new StaticList<>(name, Set.of());
  }

  /** Returns a list with the given members. */
  public static <I> StaticList<I> of(String name, Collection<I> members) {
    return new StaticList<>(name, ImmutableSet.copyOf(members));
  }

  /** Whether the id is a member. */
  public boolean contains(I id) {
    return members.contains(requireNonNull(id, "member id"));
  }

  /** Returns this list with the id added; the same list when it is a member already. */
  public StaticList<I> withMember(I id) {
    requireNonNull(id, "member id");
    if (members.contains(id)) {
      return this;
    }
    return new StaticList<>(name, ImmutableSet.<I>builder().addAll(members).add(id).build());
  }

  /** Returns this list without the id; the same list when it is not a member. */
  public StaticList<I> withoutMember(I id) {
    requireNonNull(id, "member id");
    if (!members.contains(id)) {
      return this;
    }
    return new StaticList<>(
        name,
        members.stream()
            .filter(member -> !member.equals(id))
            .collect(ImmutableSet.toImmutableSet()));
  }

  /** Returns this list with exactly the given members, for example a fresh import. */
  public StaticList<I> withMembers(Collection<I> newMembers) {
    return new StaticList<>(name, ImmutableSet.copyOf(newMembers));
  }

  /** Returns who entered and who left between this list and a later version of it. */
  public MembershipDiff<I> diffTo(StaticList<I> later) {
    requireNonNull(later, "later list");
    return MembershipDiff.between(members, later.members());
  }
}
