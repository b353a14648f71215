package io.crmkit.core.party;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.ArchivedRecordException;
import io.crmkit.core.Revision;
import io.crmkit.core.UserId;
import java.time.Instant;

/**
 * The state that people and organisations share: their details, owner, lifecycle stage with its
 * history, whether they are archived, and the revision. Each change returns a new state, or this
 * same state when nothing would change, so that the aggregate raises an event only for a real
 * change.
 *
 * @param revision the version and instants
 * @param details what is known of the party
 * @param owner who owns the relationship
 * @param lifecycle the lifecycle stage with its history
 * @param archived whether the party is archived
 * @param <D> the type of details
 * @since 0.1
 */
public record PartyState<D>(
    Revision revision, D details, UserId owner, Lifecycle lifecycle, boolean archived) {

  /** Creates a {@code PartyState}, checking its components as the type's comment describes. */
  public PartyState {
    requireNonNull(revision, "revision");
    requireNonNull(details, "details");
    requireNonNull(owner, "owner");
    requireNonNull(lifecycle, "lifecycle");
  }

  /**
   * Returns the state of a party created at {@code at} by {@code by}, at lifecycle {@code stage}.
   */
  public static <D> PartyState<D> created(
      D details, UserId owner, LifecycleStage stage, Instant at, UserId by) {
    return new PartyState<>(
        Revision.first(at), details, owner, Lifecycle.startingAt(stage, at, by), false);
  }

  /**
   * Throws unless the party is active: archived parties are read-only until unarchived.
   *
   * @param kind the kind of record, for the message
   * @param id the record's id, for the message
   * @throws ArchivedRecordException if archived
   */
  public void requireActive(String kind, Object id) {
    if (archived) {
      throw new ArchivedRecordException(kind, id);
    }
  }

  /** Returns the state with new details. */
  public PartyState<D> withDetails(D newDetails, Instant at) {
    return new PartyState<>(
        revision.next(at), requireNonNull(newDetails, "details"), owner, lifecycle, archived);
  }

  /** Returns the state at lifecycle {@code stage}, or this state if it is already there. */
  public PartyState<D> movedTo(LifecycleStage stage, Instant at, UserId by) {
    Lifecycle moved = lifecycle.moveTo(requireNonNull(stage, "stage"), at, by);
    return moved == lifecycle
        ? this
        : new PartyState<>(revision.next(at), details, owner, moved, archived);
  }

  /** Returns the state owned by {@code newOwner}, or this state if they already own it. */
  public PartyState<D> ownedBy(UserId newOwner, Instant at) {
    return newOwner.equals(owner)
        ? this
        : new PartyState<>(revision.next(at), details, newOwner, lifecycle, archived);
  }

  /** Returns the state archived or not, or this state if it already is. */
  public PartyState<D> archived(boolean value, Instant at) {
    return value == archived
        ? this
        : new PartyState<>(revision.next(at), details, owner, lifecycle, value);
  }
}
