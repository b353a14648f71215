package io.crmkit.core.spi;

import java.util.function.Supplier;

/**
 * The transaction port: runs work so that all of its writes are applied or none is. A unit that
 * starts while another is running on the same thread joins it.
 *
 * <p>The in-memory adapter serialises units; the JPA adapter joins the host's transaction when
 * there is one and opens a resource-local one otherwise.
 *
 * @since 0.1
 */
@FunctionalInterface
public interface UnitOfWork {

  /**
   * Runs {@code work} atomically and returns its result; when it throws, every write it made is
   * undone and the exception propagates.
   */
  <T> T execute(Supplier<T> work);

  /**
   * Runs {@code query}, which only reads, so that it sees one consistent state. By default it runs
   * as a unit of work; a storage that can read consistently without one (the in-memory store takes
   * its read lock) overrides this, so that readers do not queue behind each other.
   */
  default <T> T read(Supplier<T> query) {
    return execute(query);
  }
}
