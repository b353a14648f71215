package io.crmkit.core.party;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.Aggregate;
import io.crmkit.core.Changed;
import io.crmkit.core.DomainEvent;
import io.crmkit.core.Revision;
import io.crmkit.core.TenantId;
import io.crmkit.core.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A person or organisation the tenant's business deals with: the part that contacts and companies
 * share (identity, tenant, details, owner, lifecycle stage with its history, archive flag). The
 * subclasses add the commands, each raising its own kind of event.
 *
 * @param <I> the id type
 * @param <D> the details type
 * @param <P> the subclass itself
 * @since 0.1
 */
public abstract class Party<I extends Comparable<I>, D, P extends Party<I, D, P>>
    implements Aggregate<I> {

  private final I id;
  private final TenantId tenant;
  private final PartyState<D> state;

  /**
   * @param id the party's id
   * @param tenant its tenant
   * @param state its state
   */
  protected Party(I id, TenantId tenant, PartyState<D> state) {
    this.id = requireNonNull(id, "id");
    this.tenant = requireNonNull(tenant, "tenant");
    this.state = requireNonNull(state, "state");
  }

  /**
   * Replaces the party's details.
   *
   * @throws io.crmkit.core.ArchivedRecordException if the party is archived
   */
  public abstract Changed<P> update(D newDetails, Instant at, UserId by);

  /**
   * Moves the party to another lifecycle stage; moving to the current stage changes nothing.
   *
   * @throws io.crmkit.core.ArchivedRecordException if the party is archived
   */
  public abstract Changed<P> moveTo(LifecycleStage stage, Instant at, UserId by);

  /**
   * Gives the party to another owner; the current owner changes nothing.
   *
   * @throws io.crmkit.core.ArchivedRecordException if the party is archived
   */
  public abstract Changed<P> assign(UserId newOwner, Instant at, UserId by);

  /** Archives the party: read-only and left out of searches until unarchived. */
  public abstract Changed<P> archive(Instant at, UserId by);

  /** Makes an archived party writable again; a party that is not archived raises nothing. */
  public abstract Changed<P> unarchive(Instant at, UserId by);

  /** Returns the same party in {@code next} state. */
  protected abstract P with(PartyState<D> next);

  /** Returns the party's state. */
  protected final PartyState<D> state() {
    return state;
  }

  /**
   * Returns the change to {@code next}, raising {@code event}, or no change at all when {@code
   * next} is the current state.
   */
  @SuppressWarnings("unchecked")
  protected final Changed<P> changed(PartyState<D> next, DomainEvent event) {
    return next == state ? new Changed<>((P) this, List.of()) : Changed.of(with(next), event);
  }

  @Override
  public final I id() {
    return id;
  }

  @Override
  public final TenantId tenant() {
    return tenant;
  }

  @Override
  public final long version() {
    return state.revision().version();
  }

  /** Returns its version and when it was created and last changed. */
  public final Revision revision() {
    return state.revision();
  }

  /** Returns what is known of the party. */
  public final D details() {
    return state.details();
  }

  /** Returns who owns the relationship. */
  public final UserId owner() {
    return state.owner();
  }

  /** Returns the current lifecycle stage. */
  public final LifecycleStage lifecycleStage() {
    return state.lifecycle().current();
  }

  /** Returns the lifecycle stage with the history of its changes. */
  public final Lifecycle lifecycle() {
    return state.lifecycle();
  }

  /** Returns whether the party is archived (read-only, left out of searches by default). */
  public final boolean archived() {
    return state.archived();
  }

  @Override
  public final boolean equals(Object other) {
    return other != null
        && other.getClass() == getClass()
        && id.equals(((Party<?, ?, ?>) other).id)
        && tenant.equals(((Party<?, ?, ?>) other).tenant)
        && state.equals(((Party<?, ?, ?>) other).state);
  }

  @Override
  public final int hashCode() {
    return Objects.hash(id, tenant, state.revision().version());
  }

  @Override
  public String toString() {
    return getClass().getSimpleName() + "[" + id + " v" + state.revision().version() + "]";
  }
}
