package io.crmkit.core.internal.memory;

import io.crmkit.core.spi.UnitOfWork;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;

/**
 * The shared state of the in-memory adapters of one CRM: a unit of work takes the store's write
 * lock for its whole run, so units are serialisable, and keeps an undo log so that a failed unit
 * leaves nothing behind. Reads outside a unit take the read lock and never see a unit half done.
 *
 * @since 0.1
 */
public final class InMemoryStore implements UnitOfWork {

  private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
  private final ThreadLocal<Deque<Runnable>> undoLog = new ThreadLocal<>();

  @Override
  public <T> T execute(Supplier<T> work) {
    if (undoLog.get() != null) {
      return work.get();
    }
    lock.writeLock().lock();
    Deque<Runnable> undo = new ArrayDeque<>();
    undoLog.set(undo);
    try {
      return work.get();
    } catch (RuntimeException | Error failure) {
      while (!undo.isEmpty()) {
        undo.pop().run();
      }
      throw failure;
    } finally {
      undoLog.remove();
      lock.writeLock().unlock();
    }
  }

  /**
   * Runs a read under the read lock, so that it sees only committed units (or its own unit's
   * writes).
   */
  @Override
  public <T> T read(Supplier<T> query) {
    if (undoLog.get() != null) {
      return query.get();
    }
    lock.readLock().lock();
    try {
      return query.get();
    } finally {
      lock.readLock().unlock();
    }
  }

  /** Applies a write inside the current unit, or in a unit of its own, remembering its undo. */
  void write(Runnable apply, Runnable revert) {
    execute(
        () -> {
          apply.run();
          undoLog.get().push(revert);
          return null;
        });
  }
}
