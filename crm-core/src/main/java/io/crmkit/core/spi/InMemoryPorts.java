package io.crmkit.core.spi;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The ports of other modules that one storage keeps in memory: one instance of each {@link
 * StoragePort}, made on first use and kept for the life of the storage. Thread-safe.
 *
 * <p>A storage creates one and answers {@link CrmStorage#port(StoragePort)} from it for the ports
 * it does not keep elsewhere.
 *
 * @since 0.1
 */
public final class InMemoryPorts {

  private final ConcurrentMap<StoragePort<?>, Object> instances = new ConcurrentHashMap<>();

  /** Returns this storage's instance of {@code port}, making it on first use. */
  public <P> P get(StoragePort<P> port) {
    requireNonNull(port, "port");
    return port.type().cast(instances.computeIfAbsent(port, StoragePort::newInMemory));
  }

  /** Returns the instances made so far that implement {@code type}. */
  public <T> List<T> instancesOf(Class<T> type) {
    requireNonNull(type, "type");
    return instances.values().stream().filter(type::isInstance).map(type::cast).toList();
  }
}
