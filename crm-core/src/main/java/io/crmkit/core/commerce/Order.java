package io.crmkit.core.commerce;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.crmkit.core.Aggregate;
import io.crmkit.core.Changed;
import io.crmkit.core.DomainEvent;
import io.crmkit.core.Revision;
import io.crmkit.core.TenantId;
import io.crmkit.core.UserId;
import io.crmkit.core.commerce.OrderEvent.OrderPlaced;
import io.crmkit.core.commerce.OrderEvent.OrderRefunded;
import io.crmkit.core.commerce.OrderEvent.OrderRevised;
import io.crmkit.core.commerce.OrderEvent.OrderStatusChanged;
import io.crmkit.core.money.Money;
import io.crmkit.core.statemachine.IllegalTransitionException;
import io.crmkit.core.statemachine.StateMachine;
import io.crmkit.core.statemachine.Transition;
import io.crmkit.core.statemachine.TransitionRecord;
import io.crmkit.core.timeline.ActivityId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A purchase a contact made: its lines of products, its status from placed to fulfilled, refunded
 * or cancelled with every change recorded, and what was paid back. Its {@linkplain #net() net
 * amount} is what counts as revenue: the total less refunds, nothing once cancelled.
 *
 * <p>Immutable: each command returns the new state with the events it raised. A refunded or
 * cancelled order never changes again.
 *
 * @since 0.1
 */
public final class Order implements Aggregate<OrderId> {

  private static final StateMachine<OrderStatus, OrderAction, Order> MACHINE =
      StateMachine.<OrderStatus, OrderAction, Order>builder("order status")
          .initial(OrderStatus.PLACED)
          .states(OrderStatus.values())
          .terminal(OrderStatus.REFUNDED, OrderStatus.CANCELLED)
          .transition(OrderStatus.PLACED, OrderAction.PAY, OrderStatus.PAID)
          .transition(
              EnumSet.of(OrderStatus.PLACED, OrderStatus.PAID),
              OrderAction.FULFIL,
              OrderStatus.FULFILLED)
          .transition(
              EnumSet.of(OrderStatus.PAID, OrderStatus.FULFILLED),
              OrderAction.REFUND,
              OrderStatus.REFUNDED)
          .transition(
              EnumSet.of(OrderStatus.PLACED, OrderStatus.PAID),
              OrderAction.CANCEL,
              OrderStatus.CANCELLED)
          .build();

  /** The order status machine: which action moves an order from which status to which. */
  public static final StateMachine<OrderStatus, OrderAction, ?> STATUS = MACHINE;

  /** The action that reaches each status other than the first. */
  private static final Map<OrderStatus, OrderAction> REACHED_BY =
      Map.of(
          OrderStatus.PAID, OrderAction.PAY,
          OrderStatus.FULFILLED, OrderAction.FULFIL,
          OrderStatus.REFUNDED, OrderAction.REFUND,
          OrderStatus.CANCELLED, OrderAction.CANCEL);

  private final OrderId id;
  private final TenantId tenant;
  private final Revision revision;
  private final OrderDetails details;
  private final UserId creator;
  private final OrderStatus status;
  private final List<TransitionRecord<OrderStatus, OrderAction>> history;
  private final Money refunded;
  private final @Nullable ActivityId activity;

  private Order(
      OrderId id,
      TenantId tenant,
      Revision revision,
      OrderDetails details,
      UserId creator,
      OrderStatus status,
      List<TransitionRecord<OrderStatus, OrderAction>> history,
      Money refunded,
      @Nullable ActivityId activity) {
    this.id = requireNonNull(id, "id");
    this.tenant = requireNonNull(tenant, "tenant");
    this.revision = requireNonNull(revision, "revision");
    this.details = requireNonNull(details, "details");
    this.creator = requireNonNull(creator, "creator");
    this.status = requireNonNull(status, "status");
    this.history = List.copyOf(history);
    this.refunded = requireNonNull(refunded, "refunded");
    this.activity = activity;
    OrderStatus reached =
        this.history.isEmpty() ? OrderStatus.PLACED : this.history.get(history.size() - 1).to();
    checkArgument(
        reached == status, "order %s is %s but its history ends in %s", id, status, reached);
    checkArgument(
        refunded.currency().equals(details.currency()),
        "order %s in %s has refunds in %s",
        id,
        details.currency(),
        refunded.currency());
    checkArgument(
        !refunded.isNegative() && refunded.compareTo(details.total()) <= 0,
        "order %s: refunded %s is not between zero and its total %s",
        id,
        refunded,
        details.total());
    checkArgument(
        status != OrderStatus.REFUNDED || refunded.equals(details.total()),
        "order %s is refunded but only %s of %s was paid back",
        id,
        refunded,
        details.total());
  }

  /**
   * Places a new order, in status {@code PLACED}.
   *
   * @param activity the activity that shows it on the contact's timeline, or null
   */
  public static Changed<Order> place(
      OrderId id,
      TenantId tenant,
      OrderDetails details,
      @Nullable ActivityId activity,
      Instant at,
      UserId by) {
    Order order =
        new Order(
            id,
            tenant,
            Revision.first(at),
            details,
            by,
            OrderStatus.PLACED,
            List.of(),
            Money.zero(details.currency()),
            activity);
    return Changed.of(
        order,
        new OrderPlaced(tenant, id, details.contact(), details.total(), details.channel(), at, by));
  }

  /**
   * Places a new order as its source system reports it: in {@code status}, with {@code refunded}
   * paid back, reached through the actions that lead there, all in its first version.
   *
   * @throws IllegalTransitionException if no action leads from {@code PLACED} to {@code status}
   * @throws IllegalArgumentException if {@code refunded} is negative or more than the total
   */
  public static Changed<Order> imported(
      OrderId id,
      TenantId tenant,
      OrderDetails details,
      @Nullable ActivityId activity,
      OrderStatus status,
      Money refunded,
      Instant at,
      UserId by) {
    Changed<Order> placed = place(id, tenant, details, activity, at, by);
    Changed<Order> advanced = placed.state().advanceTo(status, refunded, at, by);
    List<DomainEvent> events = new ArrayList<>(placed.events());
    events.addAll(advanced.events());
    return new Changed<>(advanced.state().withRevision(Revision.first(at)), events);
  }

  /**
   * Rebuilds an order from storage; for persistence adapters.
   *
   * @param history the status changes, oldest first, ending in {@code status}
   * @param refunded what was paid back so far, in the order's currency
   */
  public static Order restore(
      OrderId id,
      TenantId tenant,
      Revision revision,
      OrderDetails details,
      UserId creator,
      OrderStatus status,
      List<TransitionRecord<OrderStatus, OrderAction>> history,
      Money refunded,
      @Nullable ActivityId activity) {
    return new Order(id, tenant, revision, details, creator, status, history, refunded, activity);
  }

  /**
   * Replaces the details, as a new import of the same order does; the same details change nothing.
   *
   * @throws IllegalTransitionException if the order is refunded or cancelled
   * @throws IllegalArgumentException if the new details name another contact or currency, or total
   *     less than was refunded already
   */
  public Changed<Order> revise(OrderDetails newDetails, Instant at, UserId by) {
    requireNonNull(newDetails, "details");
    if (newDetails.equals(details)) {
      return new Changed<>(this, List.of());
    }
    requireOpen("revise");
    checkArgument(
        newDetails.contact().equals(details.contact()),
        "order %s: the contact cannot change (%s to %s)",
        id,
        details.contact(),
        newDetails.contact());
    checkArgument(
        newDetails.currency().equals(details.currency()),
        "order %s: the currency cannot change (%s to %s)",
        id,
        details.currency(),
        newDetails.currency());
    checkArgument(
        newDetails.total().compareTo(refunded) >= 0,
        "order %s: a total of %s is less than the %s refunded already",
        id,
        newDetails.total(),
        refunded);
    return Changed.of(
        copy(revision.next(at), newDetails, status, history, refunded),
        new OrderRevised(tenant, id, newDetails.total(), at, by));
  }

  /**
   * Brings the order to what its source system reports: {@link #revise} to {@code newDetails}, then
   * {@link #advanceTo} {@code target} and {@code targetRefunded}, in one new version. A report that
   * matches the order changes nothing.
   */
  public Changed<Order> synchronise(
      OrderDetails newDetails, OrderStatus target, Money targetRefunded, Instant at, UserId by) {
    Changed<Order> revised = revise(newDetails, at, by);
    Changed<Order> advanced = revised.state().advanceTo(target, targetRefunded, at, by);
    List<DomainEvent> events = new ArrayList<>(revised.events());
    events.addAll(advanced.events());
    if (events.isEmpty()) {
      return new Changed<>(this, List.of());
    }
    return new Changed<>(advanced.state().withRevision(revision.next(at)), events);
  }

  /**
   * Moves the order by {@code action}; {@link OrderAction#REFUND} pays back whatever is left.
   *
   * @throws IllegalTransitionException if the status does not accept the action
   */
  public Changed<Order> move(OrderAction action, Instant at, UserId by) {
    requireNonNull(action, "action");
    if (action == OrderAction.REFUND) {
      return refund(total().minus(refunded), at, by);
    }
    return fire(action, refunded, at, by, new ArrayList<>());
  }

  /**
   * Pays back {@code amount} of a paid or fulfilled order; the last of its total moves it to {@code
   * REFUNDED}.
   *
   * @throws IllegalTransitionException if the order is neither paid nor fulfilled
   * @throws IllegalArgumentException if {@code amount} is not positive, not in the order's currency
   *     or more than is left to pay back
   */
  public Changed<Order> refund(Money amount, Instant at, UserId by) {
    requireNonNull(amount, "amount");
    if (!MACHINE.allowedEvents(status).contains(OrderAction.REFUND)) {
      throw new IllegalTransitionException(
          MACHINE.name(), status, OrderAction.REFUND, MACHINE.allowedEvents(status));
    }
    checkArgument(
        amount.currency().equals(details.currency()),
        "order %s is in %s, not in the refund's currency: %s",
        id,
        details.currency(),
        amount);
    checkArgument(amount.isPositive(), "a refund must be positive: %s", amount);
    Money after = refunded.plus(amount);
    checkArgument(
        after.compareTo(total()) <= 0,
        "order %s: a refund of %s is more than the %s left to pay back",
        id,
        amount,
        total().minus(refunded));
    List<DomainEvent> events = new ArrayList<>();
    events.add(new OrderRefunded(tenant, id, amount, after, at, by));
    if (after.equals(total())) {
      return fire(OrderAction.REFUND, after, at, by, events);
    }
    return new Changed<>(copy(revision.next(at), details, status, history, after), events);
  }

  /**
   * Brings the order to {@code target} and {@code targetRefunded} as its source system reports
   * them: the status through the actions that lead there (a placed order reported refunded is paid,
   * then refunded), then any further partial refund. An order already there changes nothing.
   *
   * @throws IllegalTransitionException if no action leads from its status to {@code target}
   * @throws IllegalArgumentException if {@code targetRefunded} is less than was refunded already or
   *     more than the total
   */
  public Changed<Order> advanceTo(OrderStatus target, Money targetRefunded, Instant at, UserId by) {
    requireNonNull(target, "target");
    requireNonNull(targetRefunded, "targetRefunded");
    checkArgument(
        targetRefunded.compareTo(refunded) >= 0,
        "order %s: %s refunded is less than the %s refunded already",
        id,
        targetRefunded,
        refunded);
    Order order = this;
    List<DomainEvent> events = new ArrayList<>();
    if (target != status) {
      OrderAction last = REACHED_BY.get(target);
      if (last == null) {
        throw new IllegalTransitionException(
            MACHINE.name(), status, "return to " + target, MACHINE.allowedEvents(status));
      }
      if (!MACHINE.allowedEvents(status).contains(last)
          && MACHINE.allowedEvents(status).contains(OrderAction.PAY)) {
        order = order.collect(order.move(OrderAction.PAY, at, by), events);
      }
      if (target != OrderStatus.REFUNDED) {
        order = order.collect(order.move(last, at, by), events);
      }
    }
    if (targetRefunded.compareTo(order.refunded) > 0) {
      order = order.collect(order.refund(targetRefunded.minus(order.refunded), at, by), events);
    }
    if (target == OrderStatus.REFUNDED && order.status != OrderStatus.REFUNDED) {
      order = order.collect(order.move(OrderAction.REFUND, at, by), events);
    }
    if (order == this) {
      return new Changed<>(this, List.of());
    }
    // one new version for the whole import, not one per step
    return new Changed<>(order.withRevision(revision.next(at)), events);
  }

  private Order withRevision(Revision newRevision) {
    return copy(newRevision, details, status, history, refunded);
  }

  private Order collect(Changed<Order> step, List<DomainEvent> events) {
    events.addAll(step.events());
    return step.state();
  }

  private Changed<Order> fire(
      OrderAction action, Money newRefunded, Instant at, UserId by, List<DomainEvent> events) {
    Transition<OrderStatus, OrderAction> transition = MACHINE.fire(status, action, this, at, by);
    List<TransitionRecord<OrderStatus, OrderAction>> moved = new ArrayList<>(history);
    moved.add(transition.record());
    events.add(new OrderStatusChanged(tenant, id, status, transition.state(), action, at, by));
    return new Changed<>(
        copy(revision.next(at), details, transition.state(), moved, newRefunded), events);
  }

  private Order copy(
      Revision newRevision,
      OrderDetails newDetails,
      OrderStatus newStatus,
      List<TransitionRecord<OrderStatus, OrderAction>> newHistory,
      Money newRefunded) {
    return new Order(
        id, tenant, newRevision, newDetails, creator, newStatus, newHistory, newRefunded, activity);
  }

  /**
   * Returns this order with {@code newDetails} at the next version, without events: what an erasure
   * of the buyer's personal data stores.
   */
  public Order erased(OrderDetails newDetails, Instant at) {
    return copy(revision.next(at), newDetails, status, history, refunded);
  }

  private void requireOpen(String action) {
    if (MACHINE.isTerminal(status)) {
      throw new IllegalTransitionException(
          MACHINE.name(), status, action, MACHINE.allowedEvents(status));
    }
  }

  @Override
  public OrderId id() {
    return id;
  }

  @Override
  public TenantId tenant() {
    return tenant;
  }

  @Override
  public long version() {
    return revision.version();
  }

  /** Returns its version and when it was created and last changed. */
  public Revision revision() {
    return revision;
  }

  /** Returns what the order says. */
  public OrderDetails details() {
    return details;
  }

  /** Returns the user who placed or imported it: the owner the access policy is asked about. */
  public UserId owner() {
    return creator;
  }

  /** Returns its status. */
  public OrderStatus status() {
    return status;
  }

  /** Returns every status change, oldest first; immutable. */
  public List<TransitionRecord<OrderStatus, OrderAction>> history() {
    return history;
  }

  /** Returns the sum of its lines. */
  public Money total() {
    return details.total();
  }

  /** Returns what was paid back so far. */
  public Money refunded() {
    return refunded;
  }

  /** Returns what counts as revenue: the total less refunds, zero if cancelled. */
  public Money net() {
    return status == OrderStatus.CANCELLED
        ? Money.zero(details.currency())
        : total().minus(refunded);
  }

  /** Returns the activity that shows it on the contact's timeline, if one was logged. */
  public Optional<ActivityId> activity() {
    return Optional.ofNullable(activity);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Order that
        && id.equals(that.id)
        && tenant.equals(that.tenant)
        && revision.equals(that.revision)
        && details.equals(that.details)
        && creator.equals(that.creator)
        && status == that.status
        && history.equals(that.history)
        && refunded.equals(that.refunded)
        && Objects.equals(activity, that.activity);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, tenant, revision.version());
  }

  @Override
  public String toString() {
    return "Order[" + id + " " + status + " " + total() + "]";
  }
}
