package io.crmkit.core.common;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Runs the CRM's commands in units of work and publishes the events they raise once the outermost
 * unit has committed, so that a listener never hears of a change that was rolled back.
 *
 * @since 0.1
 */
public final class Transactions {

  private final UnitOfWork unitOfWork;
  private final EventPublisher publisher;
  private final ThreadLocal<List<DomainEvent>> pending = new ThreadLocal<>();

  /**
   * @param unitOfWork the transaction port
   * @param publisher the port that hears of committed events
   */
  public Transactions(UnitOfWork unitOfWork, EventPublisher publisher) {
    this.unitOfWork = requireNonNull(unitOfWork, "unitOfWork");
    this.publisher = requireNonNull(publisher, "publisher");
  }

  /**
   * Runs {@code command} in a unit of work; the command adds the events it raises to the list it is
   * given. A command run inside another joins its unit and its events are published with the outer
   * ones.
   */
  public <T> T write(Function<List<DomainEvent>, T> command) {
    List<DomainEvent> outer = pending.get();
    if (outer != null) {
      return unitOfWork.execute(() -> command.apply(outer));
    }
    List<DomainEvent> raised = new ArrayList<>();
    pending.set(raised);
    T result;
    try {
      result = unitOfWork.execute(() -> command.apply(raised));
    } finally {
      pending.remove();
    }
    if (!raised.isEmpty()) {
      publisher.publish(List.copyOf(raised));
    }
    return result;
  }

  /** Returns the unit-of-work port, for reads that must see one consistent state. */
  public UnitOfWork unitOfWork() {
    return unitOfWork;
  }
}
