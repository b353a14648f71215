package io.crmkit.core.statemachine;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.CrmException;

/**
 * A transition that the definition allows but whose {@link Guard} refused it for this record, such
 * as moving a deal to the proposal stage before it has an amount.
 *
 * <p>States and events are kept as their {@code toString()} text so that the exception stays
 * serializable whatever the machine's types are.
 *
 * @since 0.1
 */
public final class TransitionRefusedException extends CrmException {

  private static final long serialVersionUID = 1L;

  /** The name of the machine. */
  private final String machine;

  /** The state the transition leaves. */
  private final String from;

  /** The event fired. */
  private final String event;

  /** The state the transition would enter. */
  private final String to;

  /** Why the guard refused the transition. */
  private final String reason;

  /**
   * @param machine the name of the state machine; never null
   * @param from the current state; never null
   * @param event the event that was fired; never null
   * @param to the state the transition would have reached; never null
   * @param reason why the guard refused; never null
   */
  public TransitionRefusedException(
      String machine, Object from, Object event, Object to, String reason) {
    super(
        requireNonNull(machine, "machine")
            + ": transition from '"
            + requireNonNull(from, "from state")
            + "' to '"
            + requireNonNull(to, "to state")
            + "' on '"
            + requireNonNull(event, "event")
            + "' refused: "
            + requireNonNull(reason, "reason"));
    this.machine = machine;
    this.from = String.valueOf(from);
    this.event = String.valueOf(event);
    this.to = String.valueOf(to);
    this.reason = reason;
  }

  /** Returns the name of the state machine. */
  public String machine() {
    return machine;
  }

  /** Returns the state the record stays in, as text. */
  public String from() {
    return from;
  }

  /** Returns the event that was fired, as text. */
  public String event() {
    return event;
  }

  /** Returns the state the transition would have reached, as text. */
  public String to() {
    return to;
  }

  /** Returns the guard's reason for refusing. */
  public String reason() {
    return reason;
  }
}
