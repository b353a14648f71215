package io.crmkit.core.statemachine;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.CrmException;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/**
 * An event that the current state does not accept, such as winning a deal that is still new or
 * reopening a ticket that was never closed; it is never silently ignored.
 *
 * <p>States, events and the allowed events are kept as their {@code toString()} text so that the
 * exception stays serializable whatever the machine's types are.
 *
 * @since 0.1
 */
public final class IllegalTransitionException extends CrmException {

  private static final long serialVersionUID = 1L;

  /** The name of the machine. */
  private final String machine;

  /** The state the event was fired in. */
  private final String state;

  /** The event fired. */
  private final String event;

  /** The events the state allows. */
  private final List<String> allowedEvents;

  /**
   * @param machine the name of the state machine; never null
   * @param state the current state; never null
   * @param event the event that was refused; never null
   * @param allowedEvents the events the state accepts, in order; never null, possibly empty
   */
  public IllegalTransitionException(
      String machine, Object state, Object event, Collection<?> allowedEvents) {
    this(
        requireNonNull(machine, "machine"),
        String.valueOf(requireNonNull(state, "state")),
        String.valueOf(requireNonNull(event, "event")),
        requireNonNull(allowedEvents, "allowed events").stream()
            .map(String::valueOf)
            .collect(Collectors.toUnmodifiableList()));
  }

  private IllegalTransitionException(
      String machine, String state, String event, List<String> allowedEvents) {
    super(message(machine, state, event, allowedEvents));
    this.machine = machine;
    this.state = state;
    this.event = event;
    this.allowedEvents = allowedEvents;
  }

  private static String message(
      String machine, String state, String event, List<String> allowedEvents) {
    String allowed =
        allowedEvents.isEmpty()
            ? "none"
            : allowedEvents.stream().map(e -> "'" + e + "'").collect(Collectors.joining(", "));
    return machine
        + ": event '"
        + event
        + "' is not allowed in state '"
        + state
        + "' (allowed: "
        + allowed
        + ")";
  }

  /** Returns the name of the state machine. */
  public String machine() {
    return machine;
  }

  /** Returns the state that refused the event, as text. */
  public String state() {
    return state;
  }

  /** Returns the refused event, as text. */
  public String event() {
    return event;
  }

  /** Returns the events the state accepts, as text, in declaration order. */
  public List<String> allowedEvents() {
    return allowedEvents;
  }
}
