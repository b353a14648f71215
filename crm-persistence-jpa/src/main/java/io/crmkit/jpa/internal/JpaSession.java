package io.crmkit.jpa.internal;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.spi.UnitOfWork;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.PersistenceUnitTransactionType;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The unit of work of the JPA adapter and the way its repositories reach the entity manager of the
 * running unit.
 *
 * <p>With an {@link EntityManagerFactory}, each outermost unit gets an entity manager of its own:
 * it joins the JTA transaction of the host when the persistence unit is a JTA one, and otherwise
 * runs in a resource-local transaction that it commits or rolls back. With a host-managed {@link
 * EntityManager}, a unit joins the host's active transaction (and marks it rollback-only when it
 * fails), or begins and ends a resource-local one when there is none. A unit started inside another
 * on the same thread joins it; a repository call outside any unit runs in a unit of its own.
 *
 * <p>A long unit with an entity manager of its own (a batch job's day, an import) is flushed and
 * cleared every {@value #CALLS_BETWEEN_CLEARS} repository calls: repositories hand out immutable
 * domain objects and hold no entity between calls, so nothing is lost, and the persistence context
 * stays small. Without this, every query's automatic flush dirty-checks every row the unit has read
 * or written so far, and a unit's cost grows with the square of its size. A host's own entity
 * manager is never cleared: it may hold the host's entities.
 */
public final class JpaSession implements UnitOfWork {

  private final @Nullable EntityManagerFactory factory;
  private final @Nullable EntityManager hostManager;
  private final PersistenceErrors errors;

  /**
   * How many repository calls an own entity manager serves between two clears. Each query of a call
   * first has the provider check every entity the manager holds for changes, so a unit's calls cost
   * more the more it holds: an import of 2,000 contacts on H2 took half the CPU time with 25 calls
   * between clears as with 100 (JFR samples), and 10 did no better than 25. 25 calls still leave a
   * few dozen rows to each flush, written in JDBC batches.
   */
  public static final int CALLS_BETWEEN_CLEARS = 25;

  private final ThreadLocal<EntityManager> current = new ThreadLocal<>();

  /** The repository calls of the current own-manager unit since it was last cleared. */
  private final ThreadLocal<int[]> callsSinceClear = new ThreadLocal<>();

  /** Whether a repository call is running on this thread, which must not see its rows cleared. */
  private final ThreadLocal<Boolean> inCall = ThreadLocal.withInitial(() -> false);

  private JpaSession(
      @Nullable EntityManagerFactory factory,
      @Nullable EntityManager hostManager,
      PersistenceErrors errors) {
    this.factory = factory;
    this.hostManager = hostManager;
    this.errors = requireNonNull(errors, "errors");
  }

  /** Returns the units of work over entity managers made by {@code factory}. */
  public static JpaSession over(EntityManagerFactory factory, PersistenceErrors errors) {
    return new JpaSession(requireNonNull(factory, "entityManagerFactory"), null, errors);
  }

  /** Returns the units of work over the host's own entity manager. */
  public static JpaSession within(EntityManager hostManager, PersistenceErrors errors) {
    return new JpaSession(null, requireNonNull(hostManager, "entityManager"), errors);
  }

  /** Returns the translator of provider exceptions. */
  public PersistenceErrors errors() {
    return errors;
  }

  @Override
  public <T> T execute(Supplier<T> work) {
    requireNonNull(work, "work");
    if (current.get() != null) {
      return work.get();
    }
    try {
      return factory != null ? inOwnManager(factory, work) : inHostManager(hostManager, work);
    } catch (RuntimeException failure) {
      throw errors.translate(failure, "running a unit of work");
    }
  }

  /**
   * Runs {@code work} with the entity manager of the current unit, or of a unit of its own when
   * none is running.
   */
  public <T> T apply(Function<EntityManager, T> work) {
    return execute(
        () -> {
          EntityManager manager = requireNonNull(current.get());
          if (inCall.get()) {
            return work.apply(manager);
          }
          clearEveryFewCalls(manager);
          inCall.set(true);
          try {
            return work.apply(manager);
          } finally {
            inCall.set(false);
          }
        });
  }

  private void clearEveryFewCalls(EntityManager manager) {
    int[] calls = callsSinceClear.get();
    if (calls == null) {
      return;
    }
    if (++calls[0] > CALLS_BETWEEN_CLEARS) {
      calls[0] = 0;
      manager.flush();
      manager.clear();
    }
  }

  /**
   * Flushes the current unit's pending writes now, so that a conflict is reported by the call that
   * caused it; {@code doing} names the call in a failure's message.
   */
  public void flush(EntityManager manager, String doing) {
    try {
      manager.flush();
    } catch (RuntimeException failure) {
      throw errors.translate(failure, doing);
    }
  }

  private <T> T inOwnManager(EntityManagerFactory source, Supplier<T> work) {
    EntityManager manager = source.createEntityManager();
    current.set(manager);
    callsSinceClear.set(new int[1]);
    try {
      if (source.getTransactionType() == PersistenceUnitTransactionType.JTA) {
        manager.joinTransaction();
        T result = work.get();
        manager.flush();
        return result;
      }
      return inLocalTransaction(manager, work);
    } finally {
      current.remove();
      callsSinceClear.remove();
      manager.close();
    }
  }

  private <T> T inHostManager(@Nullable EntityManager manager, Supplier<T> work) {
    EntityManager host = requireNonNull(manager);
    current.set(host);
    try {
      if (!inHostTransaction(host)) {
        return inLocalTransaction(host, work);
      }
      try {
        T result = work.get();
        host.flush();
        return result;
      } catch (RuntimeException | Error failure) {
        // the host owns the transaction: it must not commit half of a failed unit
        markRollbackOnly(host);
        throw failure;
      }
    } finally {
      current.remove();
    }
  }

  private static <T> T inLocalTransaction(EntityManager manager, Supplier<T> work) {
    EntityTransaction transaction = manager.getTransaction();
    transaction.begin();
    try {
      T result = work.get();
      transaction.commit();
      return result;
    } catch (RuntimeException | Error failure) {
      if (transaction.isActive()) {
        try {
          transaction.rollback();
        } catch (PersistenceException rollbackFailure) {
          failure.addSuppressed(rollbackFailure);
        }
      }
      throw failure;
    }
  }

  private static boolean inHostTransaction(EntityManager manager) {
    if (manager.isJoinedToTransaction()) {
      return true;
    }
    try {
      return manager.getTransaction().isActive();
    } catch (IllegalStateException jta) {
      // a JTA entity manager: join the host's transaction, which must exist
      manager.joinTransaction();
      return true;
    }
  }

  private static void markRollbackOnly(EntityManager manager) {
    try {
      EntityTransaction transaction = manager.getTransaction();
      if (transaction.isActive()) {
        transaction.setRollbackOnly();
      }
    } catch (IllegalStateException jta) {
      // JTA: the exception propagating to the host's transaction boundary rolls it back
    }
  }
}
