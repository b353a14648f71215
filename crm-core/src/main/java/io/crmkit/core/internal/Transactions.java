package io.crmkit.core.internal;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.DomainEvent;
import io.crmkit.core.EventPublisher;
import io.crmkit.core.spi.EventJournal;
import io.crmkit.core.spi.UnitOfWork;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Runs the CRM's commands in units of work, records the events they raise in the storage's journal
 * inside the outermost unit, and publishes them once that unit has committed, so that a listener
 * never hears of a change that was rolled back.
 *
 * @since 0.1
 */
public final class Transactions {

  private final UnitOfWork unitOfWork;
  private final EventJournal journal;
  private final EventPublisher publisher;
  private final ThreadLocal<List<DomainEvent>> pending = new ThreadLocal<>();

  /**
   * @param unitOfWork the transaction port
   * @param publisher the port that hears of committed events
   */
  public Transactions(UnitOfWork unitOfWork, EventPublisher publisher) {
    this(unitOfWork, EventJournal.NONE, publisher);
  }

  /**
   * @param unitOfWork the transaction port
   * @param journal keeps each unit's events inside the unit (an outbox)
   * @param publisher the port that hears of committed events
   */
  public Transactions(UnitOfWork unitOfWork, EventJournal journal, EventPublisher publisher) {
    this.unitOfWork = requireNonNull(unitOfWork, "unitOfWork");
    this.journal = requireNonNull(journal, "journal");
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
      result =
          unitOfWork.execute(
              () -> {
                T value = command.apply(raised);
                // inside the unit, so that the events commit or roll back with the writes
                if (!raised.isEmpty()) {
                  journal.record(List.copyOf(raised));
                }
                return value;
              });
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
