package io.crmkit.core.access;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.AccessDeniedException;
import io.crmkit.core.RecordRef;
import io.crmkit.core.TeamId;
import io.crmkit.core.UserId;
import io.crmkit.core.internal.AllowAll;
import java.util.Collections;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The host's rule of who may do what: asked before every read and write, so that a host can
 * restrict records to their owner or the owner's team. A refused write throws {@link
 * AccessDeniedException} and changes nothing; a refused record is left out of search results.
 *
 * @since 0.1
 */
@FunctionalInterface
public interface AccessPolicy {

  /**
   * Returns whether {@code actor} may perform {@code operation} on {@code target}.
   *
   * @param actor who asks
   * @param operation what they ask to do
   * @param target the record
   * @param owner the record's owner, or null when it has none
   */
  boolean permits(UserId actor, Operation operation, RecordRef target, @Nullable UserId owner);

  /** Allows everything: the default. */
  static AccessPolicy allowAll() {
    return AllowAll.POLICY;
  }

  /**
   * Allows an actor everything on records they own or whose owner shares one of their teams, and
   * creating records; {@code administrators} may do everything.
   *
   * @param teamsOf the teams of a user, as the host knows them; never null, may be empty
   * @param administrators the users who are not restricted
   */
  static AccessPolicy byOwnerOrTeam(
      Function<UserId, Set<TeamId>> teamsOf, Set<UserId> administrators) {
    requireNonNull(teamsOf, "teamsOf");
    Set<UserId> admins = Set.copyOf(administrators);
    return (actor, operation, target, owner) ->
        admins.contains(actor)
            || operation == Operation.CREATE
            || owner == null
            || owner.equals(actor)
            || !Collections.disjoint(teamsOf.apply(actor), teamsOf.apply(owner));
  }

  /**
   * Throws unless {@code actor} may perform {@code operation} on {@code target}.
   *
   * @throws AccessDeniedException when the policy refuses
   */
  default void check(UserId actor, Operation operation, RecordRef target, @Nullable UserId owner) {
    if (!permits(actor, operation, target, owner)) {
      throw new AccessDeniedException(
          actor, operation.name().toLowerCase(java.util.Locale.ROOT), target.toString());
    }
  }
}
